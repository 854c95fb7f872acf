import { render } from 'preact';
import { App } from './app.tsx';
import { interceptLinks } from './navigation.ts';
import './styles.css';

if (location.pathname === '/') history.replaceState(null, '', '/fr/' + location.search);
interceptLinks();
render(<App />, document.getElementById('app') as HTMLElement);

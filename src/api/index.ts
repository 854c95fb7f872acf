export { createApp } from './app.ts';
export { startServer } from './server.ts';
export { defineRoute, type AnyRoute, type RouteSpec } from './route.ts';
export { invokeRoute, routeUrlPath, type RawRequest } from './invoke.ts';
export * from './routes/index.ts';

/** Puts an SVG chart (built as text by a pure chart function) into the page. */
export function Chart({ svg, caption, id }: { svg: string; caption: string; id?: string }) {
  return (
    <figure class="chart-figure" id={id}>
      <div class="chart-box" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/**
 * An ECharts chart in the page, from the same option builders the CLI renders to SVG and PNG
 * (src/analysis/charts.ts), with PNG and SVG downloads. The chart is described in words for
 * screen readers (`summary`).
 */
import { useEffect, useRef } from "react";
import * as echarts from "echarts";
import type { ChartOption } from "../../../src/analysis/charts.js";
import { download } from "../download.js";

interface Props {
  readonly option: ChartOption;
  readonly summary: string;
  readonly fileStem: string;
  readonly height?: number;
}

export function Chart({ option, summary, fileStem, height = 480 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const c = echarts.init(box.current!, null, { renderer: "svg" });
    chart.current = c;
    const onResize = () => c.resize();
    addEventListener("resize", onResize);
    return () => {
      removeEventListener("resize", onResize);
      c.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  const saveSvg = () => {
    const c = chart.current!;
    const url = c.getDataURL({ type: "svg" });
    download(`${fileStem}.svg`, dataUrlBlob(url));
  };
  const savePng = async () => {
    download(`${fileStem}.png`, await pngOf(chart.current!));
  };
  return (
    <figure className="chart">
      <div ref={box} role="img" aria-label={summary} style={{ width: "100%", height }} />
      <figcaption>
        {summary}{" "}
        <button type="button" className="link" onClick={savePng}>Download PNG</button>{" "}
        <button type="button" className="link" onClick={saveSvg}>Download SVG</button>
      </figcaption>
    </figure>
  );
}

function dataUrlBlob(url: string): Blob {
  const [head, body] = url.split(",", 2);
  const type = head.slice(5).split(";")[0];
  const text = head.includes(";base64") ? atob(body) : decodeURIComponent(body);
  return new Blob([Uint8Array.from(text, (c) => c.charCodeAt(0))], { type });
}

/** The SVG (a data: URL, which the server's content security policy allows) drawn onto a canvas at twice its size, as the CLI's PNGs are. */
async function pngOf(c: echarts.ECharts): Promise<Blob> {
  const img = new Image();
  img.src = c.getDataURL({ type: "svg" });
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = c.getWidth() * 2;
  canvas.height = c.getHeight() * 2;
  const g = canvas.getContext("2d")!;
  g.fillStyle = "#fff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b!), "image/png"));
}

import Holidays from "date-holidays";

/**
 * What the browser bundle gets instead of Node's file system and the PNG rasteriser. The shared
 * chart and plan modules import them at the top but call them only on the server; a call here is
 * a bug, and says so. The one module loaded by require() (date-holidays) is bundled.
 */
function serverOnly(name: string): never {
  throw new Error(`${name} runs on the server only (a bug: the workbench called it)`);
}

export const existsSync = () => false;
export const readFileSync = (path: string) => serverOnly(`readFileSync(${path})`);
export const readdirSync = () => [];
export const join = (...parts: string[]) => parts.join("/");
export const dirname = (path: string) => path.replace(/\/[^/]*$/, "");
export const resolve = (...parts: string[]) => parts.join("/");
export const basename = (path: string) => path.replace(/^.*\//, "");
export const fileURLToPath = (url: string | URL) => String(url);
export class Resvg {
  constructor() {
    serverOnly("Resvg");
  }
}
/** The bank calendar loads date-holidays on first use with require(); in the browser it is bundled. */
export const createRequire = () => (name: string) => (name === "date-holidays" ? Holidays : serverOnly(`require(${name})`));
export default { existsSync, readFileSync, readdirSync, join, dirname, resolve, basename, fileURLToPath, createRequire };

/** The part of autocannon's API the server benchmark uses (the package ships no types). */
declare module "autocannon" {
  interface Stats {
    average: number;
    mean: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  interface Result {
    latency: Stats;
    requests: Stats;
    errors: number;
    non2xx: number;
    timeouts: number;
  }
  export default function autocannon(options: Options): Promise<Result>;
}

/** The files a table of plans can be written as (write.ts), by their extensions. */
export const TABLE_FORMATS = ["csv", "xlsx", "json"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

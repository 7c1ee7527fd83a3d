export * from "./isoDate.js";
export * from "./instant.js";
export * from "./bankCalendar.js";
export * from "./closeOfBusiness.js";
export * from "./tradingDays.js";

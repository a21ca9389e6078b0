/** What every renderer receives besides the report. Decided once, in cli/, never looked up here. */
export interface RenderOptions {
  /** Use ANSI colours. */
  color: boolean;
}

/**
 * Statutory and policy response clocks: FOI, FOISA and EIR requests, UK GDPR subject access
 * requests, the two stages of the Complaint Handling Codes, and a council's own service levels in
 * working days, calendar days or hours. A clock is plain JSON data (its regime, division, receipt
 * and the pauses, extensions and restarts that shaped it); `startClock` makes one, `pauseClock`,
 * `resumeClock`, `extendClock`, `acknowledgeClock` and `stopClock` return new ones, and `dueDate`
 * and `clockStatus` read them. `applyClockEffects` performs an enquiry lifecycle's clock effects.
 *
 * @module clocks
 */
export { acknowledgeClock } from "./acknowledgeClock.js";
export type { When } from "./appendEvent.js";
export type { ApplyClockEffectsOptions, ClockAction, ClockEffect, ClockSet } from "./applyClockEffects.js";
export { applyClockEffects } from "./applyClockEffects.js";
export type { Clock, ClockEvent } from "./Clock.js";
export type { ClockErrorCode } from "./ClockError.js";
export { ClockError } from "./ClockError.js";
export type {
  AcknowledgementStatus,
  ClockState,
  ClockStatus,
  ClockStatusBase,
  LateStatus,
  OnTimeStatus,
  PausedStatus,
} from "./ClockState.js";
export type { ClockStatusOptions } from "./clockStatus.js";
export { clockStatus } from "./clockStatus.js";
export { DEFAULT_DIVISION, DEFAULT_SAR_DIVISION, DUE_SOON_HOURS, DUE_SOON_WORKING_DAYS } from "./defaults.js";
export { defineRegime } from "./defineRegime.js";
export { dueDate } from "./dueDate.js";
export type { ExtendClockOptions } from "./extendClock.js";
export { extendClock } from "./extendClock.js";
export { parseClock, safeParseClock } from "./parseClock.js";
export type { PauseClockOptions } from "./pauseClock.js";
export { pauseClock } from "./pauseClock.js";
export type {
  ClockUnit,
  CustomRegime,
  PauseEffect,
  PauseReason,
  Regime,
  RegimeName,
  StatutoryRegime,
} from "./Regime.js";
export { resumeClock } from "./resumeClock.js";
export type { StartClockOptions } from "./startClock.js";
export { startClock } from "./startClock.js";
export type { RegimeRule } from "./statutoryRegimes.js";
export { STATUTORY_REGIMES } from "./statutoryRegimes.js";
export { stopClock } from "./stopClock.js";

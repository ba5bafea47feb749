import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/**
 * A phone number in E.164 form (`+447700900123`), reading numbers without a country code as UK numbers;
 * `undefined` for text that is not a phone number.
 *
 * UK numbers in their usual shapes (`07700 900123`, `+44 (0)7700 900123`, `0044 7700 900123`) are read
 * directly; anything else goes to libphonenumber-js (its `min` metadata), which costs tens of microseconds a
 * number, too slow to run on every record of a million.
 *
 * @param text - a phone number as given.
 * @returns the E.164 form, or `undefined`.
 * @throws never: anything that is not a phone number gives `undefined`.
 * @example
 * ```ts
 * import { normalisePhone } from "council-contact/cluster";
 * normalisePhone("07700 900123") //=> "+447700900123"
 * normalisePhone("+44 (0)20 7946 0018") //=> "+442079460018"
 * normalisePhone("+1 415 555 2671") //=> "+14155552671"
 * normalisePhone("call me") //=> undefined
 * ```
 */
export function normalisePhone(text: string): string | undefined {
  if (typeof text !== "string") return undefined;
  const uk = ukPhone(text);
  if (uk !== undefined) return uk;
  if (text.length > 40) return undefined;
  try {
    const parsed = parsePhoneNumberFromString(text, "GB");
    return parsed?.isPossible() ? parsed.number : undefined;
  } catch {
    return undefined;
  }
}

/** A UK number in a common shape, as E.164, or `undefined` to leave it to libphonenumber-js. */
function ukPhone(text: string): string | undefined {
  let digits = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += text[i];
    else if (code === 43 && digits === "") digits += "+";
    else if (code !== 32 && code !== 45 && code !== 40 && code !== 41 && code !== 46) return undefined;
  }
  let national: string;
  if (digits.startsWith("+44")) national = digits.slice(3);
  else if (digits.startsWith("0044")) national = digits.slice(4);
  else if (digits.startsWith("0")) national = digits;
  else return undefined;
  if (national.startsWith("0")) national = national.slice(1);
  // UK national significant numbers are 10 digits (9 for a few old area codes, left to libphonenumber-js).
  return /^[1-9]\d{9}$/.test(national) ? `+44${national}` : undefined;
}

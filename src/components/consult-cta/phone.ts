/** A phone number as content writes it, as a `tel:` link and as the visitor reads it. */
export interface PhoneNumber {
  /** `tel:` and the digits to dial, with a leading `+` if written. */
  href: string;
  /** A North American number as (949) 555-0100; any other as written. */
  shown: string;
}

const northAmerican = /^\+1(\d{3})(\d{3})(\d{4})$/;

export function phoneNumber(written: string): PhoneNumber {
  const dialled = written.replace(/[^\d+]/g, '');
  const parts = northAmerican.exec(dialled);
  return {
    href: `tel:${dialled}`,
    shown: parts ? `(${parts[1]}) ${parts[2]}-${parts[3]}` : written,
  };
}

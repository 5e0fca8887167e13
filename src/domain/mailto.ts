// mailto: links (RFC 6068): the fallback when a mail cannot be sent for the person.

/** Only characters not allowed in an address part of the link are encoded; the address stays readable. */
function addressPart(address: string): string {
  return address.replace(/[^A-Za-z0-9.!$'*+\-^_~@]/g, (ch) => encodeURIComponent(ch));
}

/** A link with the addresses, copy, subject and body (line breaks as CRLF); null without a valid recipient. */
export function mailtoOf(to: string[], subject: string, body: string, cc: string[] = []): string | null {
  const valid = (a: string): boolean => /^[^\s@,;]+@[^\s@,;]+$/.test(a);
  const recipients = to.map((a) => a.trim()).filter(valid);
  if (recipients.length === 0) return null;
  const copies = cc.map((a) => a.trim()).filter(valid);
  const query = [
    ...(copies.length ? [`cc=${copies.map(addressPart).join(',')}`] : []),
    `subject=${encodeURIComponent(subject)}`,
    `body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`
  ];
  return `mailto:${recipients.map(addressPart).join(',')}?${query.join('&')}`;
}

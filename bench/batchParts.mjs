// The operations inside a $batch request body: method, decoded path and query, and the Accept
// header each part asks with.
export function batchParts(body) {
  if (!body) return [];
  const parts = [];
  const re = /^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1\r?\n((?:[^\r\n]+\r?\n)*)/gm;
  let m;
  while ((m = re.exec(body))) {
    let path = m[2];
    try {
      const u = new URL(path);
      path = decodeURIComponent(u.pathname) + (u.search ? decodeURIComponent(u.search) : '');
    } catch {
      // relative already
    }
    const accept = /^accept:\s*(.*)$/im.exec(m[3]);
    parts.push({ method: m[1], path, accept: accept ? accept[1].trim() : '' });
  }
  return parts;
}

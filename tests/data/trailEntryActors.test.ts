// The trail entry's name of the actor (`byName`) and the handler's mark on a comment
// (`commentForOrderer`) come from a column the orderer can write on her own item: the checked
// reader keeps them when they fit, and names the column as unreadable when they do not.
import { ReadProblems, readTrail } from '../../src/data/mapping/untrusted';
import { CREATED } from './support/fixtures';

const moved = {
  ...CREATED,
  by: 'i:0#.f|membership|hanna@region.example',
  kind: 'Vidare till nästa leverantör',
  fromStatus: 'Väntar på svar',
  toStatus: 'Ny',
  reason: 'Annat',
  comment: 'svar per e-post från Karin S'
};

function read(entry: Record<string, unknown>): { trail: ReturnType<typeof readTrail>; problems: string[] } {
  const problems = new ReadProblems();
  const trail = readTrail(JSON.stringify([entry]), 'Trail', problems);
  return { trail, problems: problems.list() };
}

test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
  ['a name and a mark', { ...moved, byName: 'Hanna Holm', commentForOrderer: true }, { byName: 'Hanna Holm', commentForOrderer: true }],
  ['hostile text as the name, kept verbatim', { ...moved, byName: '<img src=x onerror=alert(1)>' }, { byName: '<img src=x onerror=alert(1)>' }],
  ['no name, no mark (entries from before)', moved, {}],
  ['null name and mark', { ...moved, byName: null, commentForOrderer: null }, {}],
  ['an explicit false mark', { ...moved, commentForOrderer: false }, {}]
])('%s is read', (_name, entry, expected) => {
  const { trail, problems } = read(entry);
  expect(problems).toEqual([]);
  expect(trail).toHaveLength(1);
  expect(trail[0]).toMatchObject({ by: moved.by, comment: moved.comment, ...expected });
  if (!('byName' in expected)) expect('byName' in trail[0]).toBe(false);
  if (!('commentForOrderer' in expected)) expect('commentForOrderer' in trail[0]).toBe(false);
});

test.each<[string, Record<string, unknown>]>([
  ['an object as the name', { ...moved, byName: { Title: 'Hanna' } }],
  ['a list as the name', { ...moved, byName: ['Hanna'] }],
  ['a number as the name', { ...moved, byName: 7 }],
  ["the text 'true' as the mark", { ...moved, commentForOrderer: 'true' }],
  ['1 as the mark', { ...moved, commentForOrderer: 1 }],
  ['an object as the mark', { ...moved, commentForOrderer: {} }]
])('%s makes the trail unreadable, the entry left out', (_name, entry) => {
  const { trail, problems } = read(entry);
  expect(problems).toEqual(['Trail']);
  expect(trail).toEqual([]);
});

import * as React from 'react';
import { ListText } from '../../components/ListText';

type Block = { kind: 'p'; text: string } | { kind: 'ul'; items: string[] };

function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const last = blocks[blocks.length - 1];
      if (line.startsWith('•')) {
        const item = line.replace(/^•\s*/, '');
        if (last && last.kind === 'ul') last.items.push(item);
        else blocks.push({ kind: 'ul', items: [item] });
      } else {
        blocks.push({ kind: 'p', text: line });
      }
    }
  }
  return blocks;
}

/** Renders list text: one paragraph per line, lines starting with "• " as a bulleted list. */
export function Paragraphs(props: { text: string }): JSX.Element | null {
  if (!props.text.trim()) return null;
  return (
    <ListText as="div">
      {toBlocks(props.text).map((block, i) =>
        block.kind === 'ul' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>{block.text}</p>
        )
      )}
    </ListText>
  );
}

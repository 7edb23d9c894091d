/**
 * MiniSearch's serialized index with its inverted index, the bulk of it, written as text: one
 * line per term, `term field:gap,gap*count;field:…`, where a gap is the distance from the
 * previous document id of that field and `*count` is left out when the term occurs once. The
 * JSON form repeats `{"<id>":<count>}` for every posting; this one ships a third less gzipped.
 */
export interface PackedIndex<Rest> {
  rest: Rest;
  postings: string;
}

/** What MiniSearch's toJSON() holds under `index`: term → field id → document id → count. */
export type SerializedPostings = [term: string, fields: Record<string, Record<string, number>>][];

export function packIndex<T extends { index: SerializedPostings }>(
  json: T,
): PackedIndex<Omit<T, 'index'>> {
  const { index, ...rest } = json;
  const lines = index.map(([term, fields]) => {
    if (/\s/.test(term)) throw new Error(`search index: term "${term}" contains white space`);
    const packed = Object.entries(fields).map(([field, postings]) => {
      let previous = 0;
      const gaps = Object.keys(postings)
        .map(Number)
        .sort((a, b) => a - b)
        .map((id) => {
          const gap = id - previous;
          previous = id;
          const count = postings[id]!;
          return count === 1 ? `${gap}` : `${gap}*${count}`;
        });
      return `${field}:${gaps.join(',')}`;
    });
    return `${term} ${packed.join(';')}`;
  });
  return { rest, postings: lines.join('\n') };
}

export function unpackIndex<Rest>({
  rest,
  postings,
}: PackedIndex<Rest>): Rest & { index: SerializedPostings } {
  const lines = postings ? postings.split('\n') : [];
  const index: SerializedPostings = lines.map((line) => {
    const space = line.indexOf(' ');
    const fields: SerializedPostings[number][1] = {};
    for (const packed of line.slice(space + 1).split(';')) {
      const [field = '', gaps = ''] = packed.split(':');
      const entry: Record<string, number> = {};
      let id = 0;
      for (const gap of gaps.split(',')) {
        const [step = '', count = '1'] = gap.split('*');
        id += Number(step);
        entry[id] = Number(count);
      }
      fields[field] = entry;
    }
    return [line.slice(0, space), fields];
  });
  return { ...rest, index };
}

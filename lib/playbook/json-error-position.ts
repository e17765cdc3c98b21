/**
 * Where a JSON text first goes wrong. `JSON.parse` messages differ between engines and recent
 * V8 no longer reports a position, so import errors locate the fault themselves with this
 * small strict scanner (RFC 8259). Only called after `JSON.parse` has failed.
 */
export interface JsonErrorPosition {
  /** 0-based character offset. */
  position: number;
  /** 1-based line and column. */
  line: number;
  column: number;
  reason: string;
}

class Fault extends Error {
  constructor(
    readonly at: number,
    reason: string,
  ) {
    super(reason);
  }
}

/** Locates the first syntax error, or returns undefined when the text is valid JSON. */
export function locateJsonError(text: string): JsonErrorPosition | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch)
      throw new Fault(
        i,
        i >= text.length ? `expected "${ch}" but the text ended` : `expected "${ch}" but found "${text[i]}"`,
      );
    i++;
  };
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      const ch = text[i]!;
      if (ch < ' ') throw new Fault(i, 'control character inside a string');
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw new Fault(i, 'bad \\u escape');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) throw new Fault(i, 'bad escape in a string');
      }
      i++;
    }
    if (i >= text.length) throw new Fault(i, 'unterminated string');
    i++;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"')
          throw new Fault(
            i,
            text[i] === '}' ? 'trailing comma before "}"' : 'expected a property name in double quotes',
          );
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        return expect('}');
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') throw new Fault(i, 'trailing comma before "]"');
          continue;
        }
        return expect(']');
      }
    }
    if (ch === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) throw new Fault(i, i >= text.length ? 'unexpected end of the text' : `unexpected "${ch}"`);
    i += literal[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Fault(i, `unexpected "${text[i]}" after the end of the JSON value`);
    return undefined;
  } catch (e) {
    // A pathologically deep nesting overflows the recursion: report it where it was reached.
    const fault =
      e instanceof Fault ? e : e instanceof RangeError ? new Fault(i, 'nested too deeply') : undefined;
    if (!fault) throw e;
    const before = text.slice(0, fault.at);
    const line = before.split('\n').length;
    return { position: fault.at, line, column: fault.at - before.lastIndexOf('\n'), reason: fault.message };
  }
}

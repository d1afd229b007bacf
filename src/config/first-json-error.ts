/** Where JSON text stops being JSON, and what the grammar expected there instead. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly expected: string;
}

/**
 * The first place JSON text breaks RFC 8259's grammar, for a message that names the line and column
 * without quoting the file. JSON.parse says where only for some errors, and node 20's "Unexpected token"
 * message quotes the text around it instead. Undefined when the text is valid or nests too deep to walk.
 */
export function firstJsonError(text: string): JsonSyntaxError | undefined {
  const reader = new JsonReader(text);
  try {
    reader.value();
    reader.whitespace();
    return reader.offset < text.length ? { offset: reader.offset, expected: 'the end of the file after the value' } : undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return { offset: error.offset, expected: error.expected };
    return undefined; // a RangeError from nesting deeper than the stack
  }
}

class JsonSyntaxAt {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERALS = ['true', 'false', 'null'];

class JsonReader {
  offset = 0;
  constructor(private readonly text: string) {}

  value(): void {
    this.whitespace();
    const char = this.text[this.offset];
    if (char === '{') return this.sequence('}', () => this.member());
    if (char === '[') return this.sequence(']', () => this.value());
    if (char === '"') return this.string();
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.offset));
    if (literal !== undefined) {
      this.offset += literal.length;
      return;
    }
    this.match(NUMBER, 'a value (an object, a list, a string in double quotes, a number, true, false or null)');
  }

  whitespace(): void {
    while (' \t\n\r'.includes(this.text[this.offset] ?? '.')) this.offset++;
  }

  /** `{ member, … }` or `[ value, … ]`: the opening character is at the offset. */
  private sequence(close: string, item: () => void): void {
    this.offset++;
    this.whitespace();
    if (this.text[this.offset] === close) return void this.offset++;
    for (;;) {
      item();
      this.whitespace();
      const char = this.text[this.offset];
      this.offset++;
      if (char === close) return;
      if (char !== ',') throw new JsonSyntaxAt(this.offset - 1, `',' or '${close}'`);
    }
  }

  private member(): void {
    this.whitespace();
    if (this.text[this.offset] !== '"') throw new JsonSyntaxAt(this.offset, 'a key in double quotes');
    this.string();
    this.whitespace();
    if (this.text[this.offset] !== ':') throw new JsonSyntaxAt(this.offset, "':' after the key");
    this.offset++;
    this.value();
  }

  private string(): void {
    this.offset++;
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined || char < ' ') throw new JsonSyntaxAt(this.offset, 'the closing \'"\' of the string on its line');
      if (char === '"') return void this.offset++;
      if (char === '\\') this.match(ESCAPE, 'an escape such as \\n, \\" or \\u00e9');
      else this.offset++;
    }
  }

  private match(pattern: RegExp, expected: string): void {
    pattern.lastIndex = this.offset;
    if (!pattern.test(this.text)) throw new JsonSyntaxAt(this.offset, expected);
    this.offset = pattern.lastIndex;
  }
}

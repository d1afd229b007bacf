import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
// The compiler's own parser (a devDependency), so that a function is what TypeScript says it is.
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

/** The shape rules of the architecture notes ("Small pieces"): what a reader can hold in mind at once. */
const MEDIAN_FILE_BELOW = 100;
const MOST_FILE_LINES = 250;
const MOST_FUNCTION_LINES = 40;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Lines as an editor numbers them: a final newline ends the last line, it does not start another. */
const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

interface FunctionShape {
  readonly name: string;
  /** 1-based, where the function starts (its doc comment not included). */
  readonly line: number;
  readonly lines: number;
}

type FunctionLike = ts.FunctionLikeDeclaration & { readonly body: ts.Node };

/** Everything that has a body of code: declarations, methods, arrows, function expressions, constructors, accessors. */
function isFunctionWithBody(node: ts.Node): node is FunctionLike {
  const isFunction =
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node);
  return isFunction && node.body !== undefined;
}

/** How a message names a function: its own name, its class's and its own, or the variable it is assigned to. */
function nameOf(node: FunctionLike, file: ts.SourceFile): string {
  const owner = ts.isClassLike(node.parent) && node.parent.name !== undefined ? `${node.parent.name.text}.` : '';
  if (ts.isConstructorDeclaration(node)) return `${owner}constructor`;
  if (node.name !== undefined) return `${owner}${node.name.getText(file)}`;
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name !== undefined) return parent.name.getText(file);
  return ts.isArrowFunction(node) ? 'an arrow function' : 'a function expression';
}

function functionsOf(path: string, text: string): FunctionShape[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const lineOf = (position: number): number => file.getLineAndCharacterOfPosition(position).line + 1;
  const shapes: FunctionShape[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionWithBody(node)) {
      const line = lineOf(node.getStart(file));
      shapes.push({ name: nameOf(node, file), line, lines: lineOf(node.getEnd()) - line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return shapes;
}

const files = sourceFiles(SRC).map((path) => {
  const text = readFileSync(path, 'utf8');
  return { name: relative(ROOT, path), lines: lineCount(text), functions: functionsOf(path, text) };
});

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((one, other) => one - other);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

describe('the shape of src/', () => {
  test('the reader sees every kind of function, by its name, at its first line', () => {
    const text = [
      '/** doc */',
      'function declared() {}',
      'class Shape {',
      '  constructor() {}',
      '  get area() { return 1; }',
      '  set area(value: number) {}',
      '  method() {}',
      '  abstract?(): void;',
      '}',
      'const arrow = () =>',
      '  1;',
      'const expression = function () {};',
      'call(() => {});',
    ].join('\n');
    expect(functionsOf('shape.ts', text).map(({ name, line, lines }) => `${name}:${line}+${lines}`)).toEqual([
      'declared:2+1',
      'Shape.constructor:4+1',
      'Shape.area:5+1',
      'Shape.area:6+1',
      'Shape.method:7+1',
      'arrow:10+2',
      'expression:12+1',
      'an arrow function:13+1',
    ]);
  });

  test(`the median file has fewer than ${MEDIAN_FILE_BELOW} lines`, () => {
    const middle = median(files.map((file) => file.lines));
    const problems = middle < MEDIAN_FILE_BELOW ? [] : [`the median of the ${files.length} files in src/ is ${middle} lines; it should be under ${MEDIAN_FILE_BELOW}`];
    expect(problems).toEqual([]);
  });

  test(`no file has more than ${MOST_FILE_LINES} lines`, () => {
    const problems = files
      .filter((file) => file.lines > MOST_FILE_LINES)
      .map((file) => `${file.name} has ${file.lines} lines, ${file.lines - MOST_FILE_LINES} over ${MOST_FILE_LINES}: split it into modules named after what they export`);
    expect(problems).toEqual([]);
  });

  test(`no function has more than ${MOST_FUNCTION_LINES} lines`, () => {
    const problems = files.flatMap((file) =>
      file.functions
        .filter((shape) => shape.lines > MOST_FUNCTION_LINES)
        .map((shape) => `${file.name}:${shape.line} ${shape.name} has ${shape.lines} lines, ${shape.lines - MOST_FUNCTION_LINES} over ${MOST_FUNCTION_LINES}: give its steps names of their own`),
    );
    expect(problems).toEqual([]);
  });
});

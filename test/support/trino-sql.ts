import { BailErrorStrategy, BaseErrorListener, CharStreams, ParseCancellationException, PredictionMode, CommonTokenStream, ParserRuleContext, type ParseTree, type RecognitionException, type Recognizer, type Token, type ATNSimulator } from 'antlr4ng';
import { TrinoSqlLexer } from 'dt-sql-parser/dist/lib/trino/TrinoSqlLexer';
import {
  AliasedRelationContext,
  ColumnRefContext,
  ColumnReferenceContext,
  DereferenceContext,
  NamedQueryContext,
  QuerySpecificationContext,
  SelectItemContext,
  TableNameContext,
  TrinoSqlParser,
} from 'dt-sql-parser/dist/lib/trino/TrinoSqlParser';

/**
 * Parses Athena SQL with dt-sql-parser's ANTLR grammar of Trino (Athena engine 3 is Trino),
 * and reports what a query reads: the column paths it references, the aliases it defines,
 * and, for each SELECT over a table, the columns its WHERE clause constrains.
 */
export interface ParsedQuery {
  /** Column references, struct fields joined with dots, lowercase (`useridentity.arn`). */
  readonly columnPaths: readonly string[];
  /** Names the query defines itself: select aliases, CTE names, relation aliases. */
  readonly aliases: readonly string[];
  /** One entry per SELECT ... FROM <table>: the table and the columns its WHERE references. */
  readonly tableScans: readonly { readonly table: string; readonly whereColumns: readonly string[] }[];
}

/**
 * ANTLR's two-stage parse: SLL prediction first, which is about ten times faster and, when it
 * finds no error, gives the tree full LL prediction would; full LL, reporting every error, only
 * when SLL fails.
 */
function parseStatement(sql: string): ParserRuleContext {
  const fast = parserFor(sql, new CollectingErrorListener());
  fast.parser.interpreter.predictionMode = PredictionMode.SLL;
  fast.parser.errorHandler = new BailErrorStrategy();
  try {
    const tree = fast.parser.singleStatement();
    if (fast.errors.errors.length === 0) return tree;
  } catch (error) {
    if (!(error instanceof ParseCancellationException)) throw error;
  }
  const full = parserFor(sql, new CollectingErrorListener());
  full.parser.addErrorListener(full.errors);
  const tree = full.parser.singleStatement();
  if (full.errors.errors.length > 0) {
    throw new Error(`SQL does not parse as Trino: ${full.errors.errors.join('; ')}`);
  }
  return tree;
}

/** A parser over `sql` whose lexer reports to `errors`; the parser reports to nobody yet. */
function parserFor(sql: string, errors: CollectingErrorListener): { parser: TrinoSqlParser; errors: CollectingErrorListener } {
  const lexer = new TrinoSqlLexer(CharStreams.fromString(sql));
  lexer.removeErrorListeners();
  lexer.addErrorListener(errors);
  const parser = new TrinoSqlParser(new CommonTokenStream(lexer));
  parser.removeErrorListeners();
  return { parser, errors };
}

class CollectingErrorListener extends BaseErrorListener {
  readonly errors: string[] = [];
  override syntaxError<S extends Token, T extends ATNSimulator>(
    _recognizer: Recognizer<T>, _symbol: S | null, line: number, column: number, message: string, _e: RecognitionException | null,
  ): void {
    this.errors.push(`line ${line}:${column} ${message}`);
  }
}

/** Parses one statement; throws with every syntax error the grammar reports. */
export function parseTrino(sql: string): ParsedQuery {
  const tree = parseStatement(sql);
  const columnPaths: string[] = [];
  const aliases: string[] = [];
  const tableScans: { table: string; whereColumns: string[] }[] = [];
  walk(tree, (node) => {
    if (node instanceof DereferenceContext && !(node.parent instanceof DereferenceContext)) {
      const path = dereferencePath(node);
      if (path !== undefined) columnPaths.push(path);
    } else if ((node instanceof ColumnReferenceContext && !(node.parent instanceof DereferenceContext)) || node instanceof ColumnRefContext) {
      // The grammar reads `a.b.c` as one qualified name in some places and as dereferences in others.
      columnPaths.push(qualifiedName(node.getText()));
    } else if (node instanceof SelectItemContext && node._alias !== undefined) {
      aliases.push(identifier(node._alias.getText()));
    } else if (node instanceof NamedQueryContext && node._name !== undefined) {
      aliases.push(identifier(node._name.getText()));
    } else if (node instanceof AliasedRelationContext && node._alias !== undefined) {
      aliases.push(identifier(node._alias.getText()));
    } else if (node instanceof QuerySpecificationContext) {
      const where = node.whereClause();
      for (const relation of node.relation()) {
        walk(relation, (inner) => {
          if (inner instanceof TableNameContext) {
            tableScans.push({ table: qualifiedName(inner.tableOrViewName().getText()), whereColumns: where === null ? [] : referencedColumns(where) });
          }
        });
      }
    }
  });
  return { columnPaths, aliases, tableScans };
}

function walk(node: ParseTree, visit: (node: ParseTree) => void): void {
  visit(node);
  if (node instanceof ParserRuleContext) (node.children ?? []).forEach((child) => walk(child, visit));
}

/** `useridentity.sessioncontext.sessionissuer.arn`, or undefined when the base is not a column (a function result). */
function dereferencePath(node: DereferenceContext): string | undefined {
  const fields: string[] = [];
  let current: ParseTree = node;
  while (current instanceof DereferenceContext) {
    fields.unshift(identifier(current.identifier().getText()));
    current = current.primaryExpression();
  }
  return current instanceof ColumnReferenceContext ? [qualifiedName(current.getText()), ...fields].join('.') : undefined;
}

function referencedColumns(node: ParseTree): string[] {
  const found: string[] = [];
  walk(node, (inner) => {
    if (inner instanceof ColumnReferenceContext || inner instanceof ColumnRefContext) found.push(qualifiedName(inner.getText()).split('.')[0]);
  });
  return found;
}

/** Unquotes and lowercases an identifier, as Athena resolves it. */
function identifier(text: string): string {
  return text.replace(/^"(.*)"$/, '$1').toLowerCase();
}

function qualifiedName(text: string): string {
  return text.split('.').map(identifier).join('.');
}

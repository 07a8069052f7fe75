import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { validateXML } from 'xmllint-wasm';

// Validators for e2e/validity.spec.ts and e2e/sitemaps.spec.ts: the W3C Nu HTML checker (vnu.jar, on the Java
// that scripts/test.mjs finds and passes as JAVA_PATH) and XML Schema validation with libxml2 (xmllint-wasm)
// against the schemas in e2e/schemas/.

const run = promisify(execFile);

const VNU_JAR = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const VNU_TMP = path.join(process.cwd(), '.test-tmp', 'vnu');
const SCHEMA_DIR = path.join(process.cwd(), 'e2e', 'schemas');

export type HtmlMessage = {
  /** vnu's `error` (fatal or not) fails a page; its `info` with subType `warning` is only reported. */
  type: 'error' | 'warning';
  line?: number;
  column?: number;
  message: string;
  extract?: string;
};

export type HtmlReport = { errors: HtmlMessage[]; warnings: HtmlMessage[] };

type VnuMessage = {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
};

/** One line for a test failure: `line 3, column 14: <message> … in: <extract>`. */
export function formatHtmlMessage(message: HtmlMessage): string {
  const at = message.line === undefined ? '' : `line ${message.line}, column ${message.column ?? '?'}: `;
  const extract = message.extract ? ` … in: ${message.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${at}${message.message}${extract}`;
}

/**
 * Checks HTML documents with the Nu HTML checker in one JVM run (starting Java takes seconds, checking a page
 * milliseconds). Returns a report per document name; info messages that are not warnings are dropped.
 */
export async function validateHtml(documents: { name: string; html: string }[]): Promise<Map<string, HtmlReport>> {
  const names = new Set<string>();
  for (const { name } of documents) {
    if (names.has(name)) throw new Error(`validateHtml: duplicate document name "${name}"`);
    names.add(name);
  }
  await mkdir(VNU_TMP, { recursive: true });
  // A directory per call: Playwright runs spec files in parallel workers.
  const dir = await mkdtemp(path.join(VNU_TMP, 'batch-'));
  try {
    const fileToName = new Map<string, string>();
    const files = await Promise.all(
      documents.map(async ({ name, html }, index) => {
        const file = path.join(
          dir,
          `${String(index).padStart(3, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.html`,
        );
        await writeFile(file, html, 'utf8');
        fileToName.set(path.basename(file), name);
        return file;
      }),
    );

    const java = process.env.JAVA_PATH || 'java';
    const { stdout } = await run(
      java,
      ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files],
      {
        maxBuffer: 64 * 1024 * 1024,
        timeout: 120_000,
      },
    ).catch((error: Error) => {
      throw new Error(`The Nu HTML checker did not run (${java} -jar ${VNU_JAR}): ${error.message}`);
    });

    const reports = new Map<string, HtmlReport>(documents.map(({ name }) => [name, { errors: [], warnings: [] }]));
    const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
    for (const message of messages) {
      const name = message.url
        ? fileToName.get(path.basename(decodeURIComponent(new URL(message.url).pathname)))
        : undefined;
      // An I/O or checker failure is not a finding about a page; it must not pass silently.
      if (message.type === 'non-document-error' || !name) {
        throw new Error(`The Nu HTML checker failed: ${message.message} (${message.url ?? 'no file'})`);
      }
      const isError = message.type === 'error';
      if (!isError && message.subType !== 'warning') continue;
      const entry: HtmlMessage = {
        type: isError ? 'error' : 'warning',
        line: message.firstLine ?? message.lastLine,
        column: message.firstColumn,
        message: message.message,
        extract: message.extract,
      };
      const report = reports.get(name)!;
      (isError ? report.errors : report.warnings).push(entry);
    }
    return reports;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const schemaFile = async (fileName: string) => ({
  fileName,
  contents: await readFile(path.join(SCHEMA_DIR, fileName), 'utf8'),
});

/**
 * Validates an XML document against one or more schemas from e2e/schemas/ and returns the errors, each as
 * `line N: message` (empty when valid).
 *
 * With several schemas (a sitemap with `news:` or `image:` elements: sitemap.xsd lets any other namespace into
 * `<url>`, processed strictly, so those elements need their own declarations) a wrapper schema without a
 * target namespace imports each of them, because xmllint takes a single `--schema`.
 */
export async function validateXml(xml: string, schemas: string | string[]): Promise<string[]> {
  const files = await Promise.all((Array.isArray(schemas) ? schemas : [schemas]).map(schemaFile));
  let schema = files[0]!;
  let preload = files.slice(1);
  if (files.length > 1) {
    const imports = files.map(({ fileName, contents }) => {
      const namespace = /targetNamespace="([^"]+)"/.exec(contents)?.[1];
      if (!namespace) throw new Error(`validateXml: ${fileName} has no targetNamespace`);
      return `  <xsd:import namespace="${namespace}" schemaLocation="${fileName}"/>`;
    });
    schema = {
      fileName: 'combined.xsd',
      contents: `<?xml version="1.0" encoding="UTF-8"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n${imports.join('\n')}\n</xsd:schema>\n`,
    };
    preload = files;
  }
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [schema],
    preload,
    // Room for a 50,000-URL sitemap (about 10 MB of XML).
    maxMemoryPages: 256 * 16,
  });
  if (result.valid) return [];
  const errors = result.errors.map((error) =>
    error.loc ? `line ${error.loc.lineNumber}: ${error.message}` : error.message,
  );
  return errors.length ? errors : [result.rawOutput.trim() || 'invalid (xmllint gave no message)'];
}

// W3C Datetime (https://www.w3.org/TR/NOTE-datetime), the format sitemaps.org and Google News ask for: a year,
// year and month, a complete date, or a complete date with hours and minutes, optional seconds and fraction,
// and then a time zone designator.
const W3C_DATETIME =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?)?)?$/;

export function isW3cDatetime(value: string): boolean {
  if (!W3C_DATETIME.test(value)) return false;
  // The pattern allows 31 days in every month; a real date survives a round trip through Date unchanged.
  const date = value.slice(0, 10);
  return date.length < 10 || new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
}

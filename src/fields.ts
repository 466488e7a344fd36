/**
 * The front matter fields an article may have, validated with zod. A field of the wrong shape
 * is reported by name and left out; the article still builds unless the field was required.
 */
import { z } from "zod";

const text = z.string().trim().min(1, "is empty").max(2000, "is longer than 2,000 characters");
const textOrList = z.union([text, z.array(text).max(50, "has more than 50 entries")]);
/** Dates are checked by src/dates.ts, which says what is wrong with a number or a bad string. */
const dateValue = z.union([z.string(), z.date(), z.number()]);
/** Numbers and booleans are read as the text they were written as (a title of 1984, say). */
const scalarText = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value)).pipe(text);

export const MAX_TOPICS_PER_ARTICLE = 100;

export const articleFieldSchemas = {
  title: scalarText,
  date: dateValue,
  source: text,
  dateline: text,
  topics: z.union([text, z.array(scalarText).max(MAX_TOPICS_PER_ARTICLE, `has more than ${MAX_TOPICS_PER_ARTICLE} topics`)]),
  tags: z.union([text, z.array(scalarText).max(MAX_TOPICS_PER_ARTICLE, `has more than ${MAX_TOPICS_PER_ARTICLE} topics`)]),
  url: text,
  archived: dateValue,
  author: textOrList,
  language: z.string().trim().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "is not a language code such as en or pt-BR"),
  summary: text,
  slug: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "may only hold lower-case letters, digits and single hyphens").max(80),
} as const;

export type ArticleFieldName = keyof typeof articleFieldSchemas;

export type ArticleFields = {
  [K in ArticleFieldName]?: z.output<(typeof articleFieldSchemas)[K]>;
};

export interface FieldIssue {
  field: string;
  message: string;
}

/** Validates the known fields; unknown fields are kept by the caller but not read. */
export function validateFields(input: Record<string, unknown>): { fields: ArticleFields; issues: FieldIssue[] } {
  const fields: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  for (const [name, schema] of Object.entries(articleFieldSchemas)) {
    if (!(name in input) || input[name] === null || input[name] === undefined) continue;
    const result = (schema as z.ZodType).safeParse(input[name]);
    if (result.success) fields[name] = result.data;
    else issues.push({ field: name, message: describeIssue(result.error, input[name]) });
  }
  return { fields: fields as ArticleFields, issues };
}

function describeIssue(error: z.ZodError, value: unknown): string {
  // A union reports "no branch matched": the branch whose type fits the value (a list, say)
  // says what is wrong with it (too many entries).
  const branches = error.issues.flatMap((i) => (i.code === "invalid_union" ? i.errors : [[i]]));
  const fitting = branches.find((branch) => branch.length > 0 && !branch.some((i) => i.code === "invalid_type"));
  const issue = fitting?.[0] ?? error.issues[0];
  if (!issue) return "is not valid";
  if (issue.code === "invalid_type" || issue.code === "invalid_union") {
    const shape = Array.isArray(value) ? "a list" : value === null ? "empty" : typeof value === "object" ? "a mapping" : `a ${typeof value}`;
    return `has the wrong shape (${shape})`;
  }
  return issue.message.startsWith("is ") || issue.message.startsWith("has ") || issue.message.startsWith("may ")
    ? issue.message
    : `is not valid: ${issue.message}`;
}

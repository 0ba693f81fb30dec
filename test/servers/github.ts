/**
 * A faithful local stand-in for the part of GitHub's REST API hoist uses: issue
 * comments (list with pagination, create, update), token auth, and the 403 a
 * fork's read-only token gets; a pull request's head (`GET /pulls/{n}`); and another
 * run's artifacts (`GET /actions/runs/{id}/artifacts`, and `/actions/artifacts/{id}/zip`,
 * which answers 302 to a download URL, as GitHub's does, served here too); the repository's
 * files at a commit (`GET /contents/{path}?ref=`: a file as base64 `content` wrapped at 60
 * characters, a directory as its entries, each with its Git blob `sha`; 404 for a path or
 * commit that is not there).
 * Who a token acts as, as GitHub tells it: GraphQL's `viewer { login }` for any token,
 * `GET /user` for a user's token only (an installation token, GITHUB_TOKEN's or a GitHub
 * App's, gets 403 there); a comment is written as its token's account.
 * A commit (`GET /repos/{owner}/{repo}/commits/{ref}`), as GitHub answers it: 422 "No commit
 * found for SHA" for one it does not know.
 * @actions/github and @actions/artifact talk to it via GITHUB_API_URL.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

interface Comment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

/** An artifact of another run, as the REST API lists it; `content` is the zip a download gets. */
interface RunArtifact {
  id: number;
  name: string;
  content: Buffer;
}

/** The account a token acts as. */
export interface TokenIdentity {
  login: string;
  type: 'Bot' | 'User';
  /** An installation token (GITHUB_TOKEN, a GitHub App's): `GET /user` answers 403 "Resource not accessible by integration". A user's token (a PAT) reads itself there. */
  installation: boolean;
}

/** GITHUB_TOKEN's account: the token startGitHub is given acts as it. */
export const ACTIONS_BOT: TokenIdentity = { login: 'github-actions[bot]', type: 'Bot', installation: true };
/** Someone who can comment on a pull request, and is not the action. */
export const OUTSIDER = { login: 'mallory', type: 'User' };

export interface GitHubServer {
  url: string;
  /** Token → the account it acts as; the token startGitHub is given is GITHUB_TOKEN's. Any other token gets 401. */
  tokens: Map<string, TokenIdentity>;
  /** Endpoints that answer 502 for now, as in an outage: `graphql` (POST /graphql), `user` (GET /user), `commits` (GET /repos/…/commits/{ref}), `contents` (GET /repos/…/contents/…). */
  down: Set<'graphql' | 'user' | 'commits' | 'contents'>;
  /** Commit sha → its committer's date (ISO), for GET /repos/{owner}/{repo}/commits/{sha}. */
  commits: Map<string, string>;
  /** Comments by issue number. */
  comments: Map<number, Comment[]>;
  /** Pull request number → its head commit. */
  pulls: Map<number, string>;
  /** Workflow run id → its artifacts. */
  runArtifacts: Map<number, RunArtifact[]>;
  /** Commit → the repository's files at it (path from the root → content); `GET /contents` reads them. */
  trees: Map<string, Record<string, string | Buffer>>;
  /** `METHOD /path` of each request; a GraphQL one as `GRAPHQL <its query>` (all are POST /graphql). */
  requests: string[];
  /** Plays a fork's token: reads work, writes get 403. */
  readOnly: boolean;
  /** Adds a comment on `issue` as GitHub would list it, written by `user` (an outsider unless told). */
  addComment(issue: number, body: string, user?: { login: string; type: string }): Comment;
  close(): Promise<void>;
}

export async function startGitHub(token: string, repository = 'acme/backend'): Promise<GitHubServer> {
  let nextId = 1000;
  const state: Omit<GitHubServer, 'url' | 'close' | 'addComment'> = {
    tokens: new Map([[token, ACTIONS_BOT]]),
    down: new Set(),
    comments: new Map(),
    pulls: new Map(),
    commits: new Map(),
    runArtifacts: new Map(),
    trees: new Map(),
    requests: [],
    readOnly: false
  };
  const addComment = (issue: number, body: string, user: { login: string; type: string } = OUTSIDER): Comment => {
    const now = new Date().toISOString();
    const id = nextId++;
    const comment: Comment = { id, body, html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}`, user: { ...user }, created_at: now, updated_at: now };
    state.comments.set(issue, [...(state.comments.get(issue) ?? []), comment]);
    return comment;
  };
  const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
  const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', c => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const graphql = url.pathname === '/graphql' && req.method === 'POST';
      const query = graphql ? ((JSON.parse(raw || '{}') as { query?: string }).query ?? '') : '';
      state.requests.push(graphql ? `GRAPHQL ${query.replace(/\s+/g, ' ').trim()}` : `${req.method} ${url.pathname}`);
      // The download URL a zip redirect points to: signed, so no token (as blob storage's).
      const blob = /^\/_downloads\/(\d+)\.zip$/.exec(url.pathname);
      if (blob && req.method === 'GET') {
        const artifact = [...state.runArtifacts.values()].flat().find(a => a.id === Number(blob[1]));
        if (!artifact || url.searchParams.get('sig') !== 'ok') return json(res, 403, { message: 'Server failed to authenticate the request' });
        return void res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.content.length) }).end(artifact.content);
      }
      const me = state.tokens.get(/^(?:token|Bearer) (.*)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
      if (!me) return json(res, 401, { message: 'Bad credentials' });
      if (graphql) {
        if (state.down.has('graphql')) return json(res, 502, { message: 'Server Error' });
        // The one query hoist asks; GitHub answers an unknown field with 200 and errors.
        if (!/^(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}$/.test(query.trim()))
          return json(res, 200, { errors: [{ message: `the stand-in answers only query { viewer { login } }, not: ${query}` }] });
        return json(res, 200, { data: { viewer: { login: me.login } } });
      }
      if (url.pathname === '/user' && req.method === 'GET') {
        if (state.down.has('user')) return json(res, 502, { message: 'Server Error' });
        if (me.installation)
          return json(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
        return json(res, 200, { login: me.login, id: 1, type: me.type });
      }
      const contents = new RegExp(`^/repos/${repository}/contents(?:/(.*))?$`).exec(url.pathname);
      if (contents && req.method === 'GET' && state.down.has('contents')) return json(res, 502, { message: 'Server Error' });
      if (contents && req.method === 'GET')
        return contentsAnswer(res, state.trees, decodeURIComponent(contents[1] ?? '').replace(/\/+$/, ''), url.searchParams.get('ref'), `http://${req.headers.host}`);
      const pull = new RegExp(`^/repos/${repository}/pulls/(\\d+)$`).exec(url.pathname);
      if (pull && req.method === 'GET') {
        const head = state.pulls.get(Number(pull[1]));
        return head ? json(res, 200, { number: Number(pull[1]), state: 'open', head: { sha: head } }) : json(res, 404, { message: 'Not Found' });
      }
      const commit = new RegExp(`^/repos/${repository}/commits/([^/]+)$`).exec(url.pathname);
      if (commit && req.method === 'GET') {
        if (state.down.has('commits')) return json(res, 502, { message: 'Server Error' });
        const sha = commit[1];
        const date = state.commits.get(sha);
        if (!date) return json(res, 422, { message: `No commit found for SHA: ${sha}`, documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit', status: '422' });
        const person = { name: 'Octo Cat', email: 'octocat@example.com', date };
        return json(res, 200, {
          sha,
          node_id: `C_${sha.slice(0, 12)}`,
          commit: {
            author: person,
            committer: person,
            message: 'a commit',
            tree: { sha: '4b825dc642cb6eb9a060e54bf8d69288fbee4904' },
            comment_count: 0,
            verification: { verified: false, reason: 'unsigned' }
          },
          url: `http://${req.headers.host}/repos/${repository}/commits/${sha}`,
          html_url: `https://github.com/${repository}/commit/${sha}`,
          author: { login: 'octocat', type: 'User' },
          committer: { login: 'octocat', type: 'User' },
          parents: [],
          stats: { total: 0, additions: 0, deletions: 0 },
          files: []
        });
      }
      const runList = new RegExp(`^/repos/${repository}/actions/runs/(\\d+)/artifacts$`).exec(url.pathname);
      if (runList && req.method === 'GET') {
        const artifacts = (state.runArtifacts.get(Number(runList[1])) ?? []).map(a => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.content.length,
          digest: sha256(a.content),
          expired: false,
          created_at: new Date().toISOString(),
          workflow_run: { id: Number(runList[1]) }
        }));
        return json(res, 200, { total_count: artifacts.length, artifacts });
      }
      const zip = new RegExp(`^/repos/${repository}/actions/artifacts/(\\d+)/zip$`).exec(url.pathname);
      if (zip && req.method === 'GET') {
        if (![...state.runArtifacts.values()].flat().some(a => a.id === Number(zip[1]))) return json(res, 404, { message: 'Not Found' });
        return void res.writeHead(302, { location: `http://${req.headers.host}/_downloads/${zip[1]}.zip?sig=ok` }).end();
      }
      const prefix = `/repos/${repository}/issues`;
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (!url.pathname.startsWith(prefix)) return json(res, 404, { message: 'Not Found' });
      const now = new Date().toISOString();
      if (list && req.method === 'GET') {
        const all = state.comments.get(Number(list[1])) ?? [];
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
        }
        return json(res, 200, all.slice((page - 1) * perPage, page * perPage), headers);
      }
      if (state.readOnly && (req.method === 'POST' || req.method === 'PATCH')) {
        return json(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      }
      const body = raw ? (JSON.parse(raw) as { body?: string }).body : undefined;
      if (list && req.method === 'POST') {
        if (!body) return json(res, 422, { message: 'Validation Failed' });
        return json(res, 201, addComment(Number(list[1]), body, { login: me.login, type: me.type }));
      }
      if (one && req.method === 'PATCH') {
        const comment = [...state.comments.values()].flat().find(c => c.id === Number(one[1]));
        if (!comment) return json(res, 404, { message: 'Not Found' });
        if (!body) return json(res, 422, { message: 'Validation Failed' });
        comment.body = body;
        comment.updated_at = now;
        return json(res, 200, comment);
      }
      return json(res, 404, { message: 'Not Found' });
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const result = state as GitHubServer;
  result.addComment = addComment;
  result.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  result.close = () => new Promise(resolve => server.close(() => resolve()));
  return result;
}

/** The Git blob id of a file's content, as the contents API gives it in `sha`. */
export function gitBlobSha(content: string | Buffer): string {
  const body = Buffer.from(content);
  return createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
}

/**
 * `GET /repos/{owner}/{repo}/contents/{path}?ref=…` as GitHub answers it: a file's object
 * (base64 content, wrapped at 60 characters as GitHub sends it), a directory's entries, or
 * 404 (an unknown commit says so). Without `ref`, GitHub reads the default branch: the
 * stand-in knows no branches, so it asks for one.
 */
function contentsAnswer(res: http.ServerResponse, commits: Map<string, Record<string, string | Buffer>>, filePath: string, ref: string | null, base: string): void {
  const send = (status: number, body: unknown): void => void res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  const files = ref ? commits.get(ref) : undefined;
  if (!ref) return send(422, { message: 'the stand-in needs ?ref= (it has no default branch)' });
  if (!files) return send(404, { message: `No commit found for the ref ${ref}`, documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content', status: '404' });
  const entry = (p: string, type: 'file' | 'dir', content?: string | Buffer) => ({
    type,
    name: p.split('/').pop(),
    path: p,
    sha: content === undefined ? createHash('sha1').update(`tree ${p}`).digest('hex') : gitBlobSha(content),
    size: content === undefined ? 0 : Buffer.from(content).length,
    url: `${base}/contents/${p}?ref=${ref}`
  });
  const file = files[filePath];
  if (file !== undefined) {
    const base64 = Buffer.from(file).toString('base64').replace(/.{60}/g, '$&\n');
    return send(200, { ...entry(filePath, 'file', file), encoding: 'base64', content: base64 });
  }
  const prefix = filePath ? `${filePath}/` : '';
  const below = Object.keys(files).filter(p => p.startsWith(prefix));
  if (below.length === 0) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content', status: '404' });
  const names = [...new Set(below.map(p => p.slice(prefix.length).split('/')[0]))].sort();
  return send(
    200,
    names.map(name => (files[prefix + name] !== undefined ? entry(prefix + name, 'file', files[prefix + name]) : entry(prefix + name, 'dir')))
  );
}

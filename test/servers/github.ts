/**
 * A faithful local stand-in for the part of GitHub's REST API hoist uses: issue
 * comments (list with pagination, create, update), token auth, and the 403 a
 * fork's read-only token gets; a pull request's head (`GET /pulls/{n}`); and another
 * run's artifacts (`GET /actions/runs/{id}/artifacts`, and `/actions/artifacts/{id}/zip`,
 * which answers 302 to a download URL, as GitHub's does, served here too).
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

export interface GitHubServer {
  url: string;
  /** Comments by issue number. */
  comments: Map<number, Comment[]>;
  /** Pull request number → its head commit. */
  pulls: Map<number, string>;
  /** Workflow run id → its artifacts. */
  runArtifacts: Map<number, RunArtifact[]>;
  requests: string[];
  /** Plays a fork's token: reads work, writes get 403. */
  readOnly: boolean;
  close(): Promise<void>;
}

export async function startGitHub(token: string, repository = 'acme/backend'): Promise<GitHubServer> {
  let nextId = 1000;
  const state: Omit<GitHubServer, 'url' | 'close'> = { comments: new Map(), pulls: new Map(), runArtifacts: new Map(), requests: [], readOnly: false };
  const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
  const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', c => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      state.requests.push(`${req.method} ${url.pathname}`);
      // The download URL a zip redirect points to: signed, so no token (as blob storage's).
      const blob = /^\/_downloads\/(\d+)\.zip$/.exec(url.pathname);
      if (blob && req.method === 'GET') {
        const artifact = [...state.runArtifacts.values()].flat().find(a => a.id === Number(blob[1]));
        if (!artifact || url.searchParams.get('sig') !== 'ok') return json(res, 403, { message: 'Server failed to authenticate the request' });
        return void res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.content.length) }).end(artifact.content);
      }
      const auth = req.headers.authorization ?? '';
      if (auth !== `token ${token}` && auth !== `Bearer ${token}`) return json(res, 401, { message: 'Bad credentials' });
      const pull = new RegExp(`^/repos/${repository}/pulls/(\\d+)$`).exec(url.pathname);
      if (pull && req.method === 'GET') {
        const head = state.pulls.get(Number(pull[1]));
        return head ? json(res, 200, { number: Number(pull[1]), state: 'open', head: { sha: head } }) : json(res, 404, { message: 'Not Found' });
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
        const issue = Number(list[1]);
        const comment: Comment = {
          id: nextId++,
          body,
          html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${nextId}`,
          user: { login: 'github-actions[bot]', type: 'Bot' },
          created_at: now,
          updated_at: now
        };
        state.comments.set(issue, [...(state.comments.get(issue) ?? []), comment]);
        return json(res, 201, comment);
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
  result.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  result.close = () => new Promise(resolve => server.close(() => resolve()));
  return result;
}

"""A local stand-in for the Hugging Face Hub's HTTP API, over real HTTP on loopback.

The Hub cannot be reached from here, so tests point huggingface_hub and transformers (unchanged)
at this server with `HF_ENDPOINT`. It answers the calls they make as the Hub documents them and
as huggingface_hub's own client code reads the answers:

- `GET /api/whoami-v2`; `POST /api/repos/create` (`visibility` or `private`, 409 when it exists);
  `POST /api/validate-yaml` (a card's front matter);
- `POST /api/models/<repo>/preupload/<rev>` (upload mode per file: `lfs` for the patterns of the
  Hub's default `.gitattributes` or files over 10 MB, else `regular`; the remote `oid`, so an
  unchanged file is not sent again); `POST /<repo>.git/info/lfs/objects/batch` (the Git LFS
  batch API, `basic` transfer: an `upload` and a `verify` action, none for an object already
  held), `PUT` of the object and the `verify` call;
- `POST /api/models/<repo>/commit/<rev>` (NDJSON: a `header` line, then `file` (base64),
  `lfsFile` (a pointer to an uploaded object), `deletedFile` lines; `parentCommit` checked);
- `GET /api/models/<repo>[/revision/<rev>]` (sha, private, gated, siblings; `blobs=true` adds
  sizes and LFS data), `GET /api/models/<repo>/tree/<rev>`, `GET /api/models/<repo>/refs`;
- `HEAD`/`GET /<repo>/resolve/<rev>/<path>`: a regular file with its git blob id as `ETag`, an
  LFS file as a 302 to its object on the storage host (`X-Linked-Etag` = sha256,
  `X-Linked-Size`), both with `X-Repo-Commit`; `Range` requests (206), so an interrupted
  download resumes.

Errors are the Hub's: `X-Error-Code` (`RepoNotFound`, `RevisionNotFound`, `EntryNotFound`,
`GatedRepo`) and `X-Error-Message` headers with an `{"error": ...}` body; a bad token is 401
"Invalid credentials in Authorization header", an anonymous or unauthorised read of a private
repo is 401 `RepoNotFound`, a missing repo 404, a gated repo 403 for a user not granted it.
Xet storage is not spoken: clients run with `HF_HUB_DISABLE_XET=1` and take the LFS path.

Faults are injected on purpose: `cut_next_download[path] = n` sends the file's first n bytes,
drops the connection and (unless `down_after_cut` is False) takes the storage host down (503)
until `storage_down` is cleared: an interrupted download the client's retries cannot finish.
Every request is logged (method, path, status, Range).
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, unquote, urlsplit

import yaml
from standin_server import LoopbackServer

# The patterns of the .gitattributes the Hub puts in every new model repo (filter=lfs).
LFS_PATTERNS = (
    "*.7z",
    "*.arrow",
    "*.bin",
    "*.bz2",
    "*.ckpt",
    "*.ftz",
    "*.gz",
    "*.h5",
    "*.joblib",
    "*.lfs.*",
    "*.mlmodel",
    "*.model",
    "*.msgpack",
    "*.npy",
    "*.npz",
    "*.onnx",
    "*.ot",
    "*.parquet",
    "*.pb",
    "*.pickle",
    "*.pkl",
    "*.pt",
    "*.pth",
    "*.rar",
    "*.safetensors",
    "*.tar",
    "*.tflite",
    "*.tgz",
    "*.wasm",
    "*.xz",
    "*.zip",
    "*.zst",
    "*tfevents*",
)
LFS_THRESHOLD = 10 * 1024 * 1024
GITATTRIBUTES = "".join(f"{p} filter=lfs diff=lfs merge=lfs -text\n" for p in LFS_PATTERNS)


def git_blob_id(content: bytes) -> str:
    """The git object id of a blob: what the Hub calls a regular file's oid and ETag."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()


def lfs_pointer(oid: str, size: int) -> bytes:
    return f"version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\nsize {size}\n".encode()


@dataclass(frozen=True)
class Blob:
    content: bytes
    lfs: bool

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def oid(self) -> str:
        """What preupload and the tree call the file's oid (sha256 for LFS, as the client
        compares it to its own)."""
        return self.sha256 if self.lfs else git_blob_id(self.content)

    def entry(self, path: str) -> dict:
        item = {"type": "file", "path": path, "size": len(self.content)}
        if self.lfs:
            pointer = lfs_pointer(self.sha256, len(self.content))
            item["oid"] = git_blob_id(pointer)
            size = len(self.content)
            item["lfs"] = {"oid": self.sha256, "size": size, "pointerSize": len(pointer)}
        else:
            item["oid"] = git_blob_id(self.content)
        return item


@dataclass
class Commit:
    sha: str
    files: dict[str, Blob]
    title: str


@dataclass
class Repo:
    id: str
    private: bool = False
    gated: str | bool = False  # "manual"/"auto": only users in `granted` may download
    granted: set[str] = field(default_factory=set)
    commits: list[Commit] = field(default_factory=list)
    branches: dict[str, str] = field(default_factory=dict)  # branch -> commit sha

    def commit(self, revision: str) -> Commit | None:
        sha = self.branches.get(revision, revision)
        return next((c for c in self.commits if c.sha == sha or c.sha[:12] == sha), None)


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    status: int
    range: str | None = None  # the Range header a download sent (a resumed one)


class Answer(Exception):
    """An error answer in the Hub's shape, raised from deep in a handler."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


class HubStandin(LoopbackServer):
    """The server and its state; use as a context manager and set HF_ENDPOINT to `url`."""

    def __init__(self, tokens: dict[str, str] | None = None) -> None:
        self.tokens = dict(tokens or {"hf_standin_write_token": "alice"})  # token -> user
        self.repos: dict[str, Repo] = {}
        self.lfs: dict[str, bytes] = {}  # sha256 -> uploaded object
        self.requests: list[Seen] = []
        self.cut_next_download: dict[str, int] = {}  # path in repo -> bytes sent, then cut
        self.storage_down = False  # LFS object downloads get 503 (set by a cut, cleared by tests)
        self.down_after_cut = True  # False: a cut is only a dropped connection
        self._lock = threading.RLock()
        super().__init__(_handler_for(self))

    @property
    def storage_url(self) -> str:
        """Where LFS objects are put and got: another host name for the same server, as the
        Hub hands them to its storage (a client does not send its token there)."""
        return f"http://localhost:{self._server.server_address[1]}"

    # -- set-up by tests -----------------------------------------------------------------------

    def add_repo(
        self, repo_id: str, files: dict[str, bytes], *, private: bool = False, gated=False
    ) -> Repo:
        """A repo with one commit holding `files` (LFS by the default .gitattributes)."""
        with self._lock:
            repo = self.repos[repo_id] = Repo(repo_id, private, gated)
            blobs = {".gitattributes": Blob(GITATTRIBUTES.encode(), False)}
            blobs |= {path: Blob(data, _is_lfs(path, len(data))) for path, data in files.items()}
            self.lfs |= {blob.sha256: blob.content for blob in blobs.values() if blob.lfs}
            self._new_commit(repo, blobs, "initial commit")
            return repo

    def commits(self, repo_id: str) -> list[Commit]:
        return list(self.repos[repo_id].commits)

    def files(self, repo_id: str, revision: str = "main") -> dict[str, bytes]:
        commit = self.repos[repo_id].commit(revision)
        return {path: blob.content for path, blob in commit.files.items()}

    # -- answering -----------------------------------------------------------------------------

    def user(self, authorization: str | None) -> str | None:
        """The token's user; None when anonymous; a bad token is a 401 as the Hub gives it."""
        if not authorization:
            return None
        token = authorization.removeprefix("Bearer ").strip()
        if token not in self.tokens:
            raise Answer(401, "Invalid credentials in Authorization header")
        return self.tokens[token]

    def readable(self, repo_id: str, user: str | None) -> Repo:
        repo = self.repos.get(repo_id)
        if repo is None or (repo.private and user != repo_id.split("/")[0]):
            if user is None:
                raise Answer(401, "Invalid username or password.", "RepoNotFound")
            raise Answer(404, "Repository not found", "RepoNotFound")
        return repo

    def writable(self, repo_id: str, user: str | None) -> Repo:
        repo = self.readable(repo_id, user)
        if user != repo_id.split("/")[0]:
            raise Answer(403, "You don't have the rights to create a commit in this repo")
        return repo

    def revision(self, repo: Repo, revision: str) -> Commit:
        commit = repo.commit(unquote(revision))
        if commit is None:
            raise Answer(404, f"Invalid rev id: {revision}", "RevisionNotFound")
        return commit

    def _new_commit(self, repo: Repo, files: dict[str, Blob], title: str) -> Commit:
        seed = f"{repo.id}:{len(repo.commits)}:{title}:{time.time_ns()}".encode()
        commit = Commit(hashlib.sha1(seed).hexdigest(), files, title)
        repo.commits.append(commit)
        repo.branches["main"] = commit.sha
        return commit

    def whoami(self, user: str | None) -> dict:
        if user is None:
            raise Answer(401, "Invalid credentials in Authorization header")
        return {
            "type": "user",
            "id": hashlib.sha1(user.encode()).hexdigest()[:24],
            "name": user,
            "fullname": user.title(),
            "orgs": [],
            "auth": {
                "type": "access_token",
                "accessToken": {"displayName": "standin", "role": "write"},
            },
        }

    def create_repo(self, user: str | None, body: dict) -> tuple[int, dict]:
        if user is None:
            raise Answer(401, "Invalid credentials in Authorization header")
        if body.get("type", "model") != "model":
            raise Answer(400, "this stand-in holds model repos only")
        namespace = body.get("organization") or user
        repo_id = f"{namespace}/{body['name']}"
        if namespace != user:
            raise Answer(403, f"You don't have the rights to create a model under {namespace}")
        url = f"{self.url}/{repo_id}"
        if repo_id in self.repos:
            return 409, {"error": "You already created this model repo", "url": url}
        visibility = body.get("visibility")
        private = visibility == "private" if visibility else bool(body.get("private"))
        repo = self.repos[repo_id] = Repo(repo_id, private)
        self._new_commit(repo, {".gitattributes": Blob(GITATTRIBUTES.encode(), False)}, "init")
        return 200, {"url": url, "name": repo_id, "id": repo_id}

    def model_info(self, repo: Repo, commit: Commit, blobs: bool) -> dict:
        siblings = []
        for path, blob in sorted(commit.files.items()):
            item: dict = {"rfilename": path}
            if blobs:
                entry = blob.entry(path)
                item |= {"size": entry["size"], "blobId": entry["oid"]}
                if blob.lfs:
                    item["lfs"] = {"sha256": blob.sha256, "size": entry["size"],
                                   "pointerSize": entry["lfs"]["pointerSize"]}  # fmt: skip
            siblings.append(item)
        card = commit.files.get("README.md")
        info = {
            "_id": hashlib.sha1(repo.id.encode()).hexdigest()[:24],
            "id": repo.id,
            "modelId": repo.id,
            "author": repo.id.split("/")[0],
            "sha": commit.sha,
            "private": repo.private,
            "gated": repo.gated,
            "disabled": False,
            "lastModified": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
            "tags": [],
            "siblings": siblings,
        }
        front = _front_matter(card.content.decode()) if card else None
        if front:
            info["cardData"] = front
            info["tags"] = list(front.get("tags") or [])
            info["library_name"] = front.get("library_name")
        return info

    def preupload(self, repo: Repo, commit: Commit, body: dict) -> dict:
        files = []
        for item in body.get("files", []):
            path, size = item["path"], int(item["size"])
            lfs = _is_lfs(path, size)
            held = commit.files.get(path)
            oid = None if held is None else (held.sha256 if lfs else git_blob_id(held.content))
            files.append({"path": path, "uploadMode": "lfs" if lfs else "regular",
                          "shouldIgnore": False, "oid": oid})  # fmt: skip
        return {"files": files, "commitOid": commit.sha}

    def lfs_batch(self, repo: Repo, body: dict) -> dict:
        if body.get("operation") != "upload":
            raise Answer(422, "this stand-in answers upload batches only")
        if "basic" not in body.get("transfers", ["basic"]):
            raise Answer(422, "no transfer in common: this stand-in speaks basic")
        objects = []
        for item in body.get("objects", []):
            oid, size = item["oid"], int(item["size"])
            answer = {"oid": oid, "size": size, "authenticated": True}
            if oid not in self.lfs:
                answer["actions"] = {
                    "upload": {"href": f"{self.storage_url}/lfs-objects/{oid}", "header": {}},
                    "verify": {"href": f"{self.url}/{repo.id}.git/info/lfs/objects/verify"},
                }
            objects.append(answer)
        return {"transfer": "basic", "objects": objects, "hash_algo": "sha256"}

    def lfs_put(self, oid: str, data: bytes) -> None:
        if hashlib.sha256(data).hexdigest() != oid:
            raise Answer(400, "the object's content does not match its oid")
        self.lfs[oid] = data

    def commit(self, repo: Repo, revision: str, body: bytes) -> dict:
        parent = self.revision(repo, revision)
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        if not lines or lines[0].get("key") != "header":
            raise Answer(400, "the first line of a commit must be its header")
        header = lines[0]["value"]
        if header.get("parentCommit") and header["parentCommit"] != parent.sha:
            raise Answer(412, "A commit has happened since. Please refresh and try again.")
        files = dict(parent.files)
        for line in lines[1:]:
            key, value = line["key"], line["value"]
            if key == "file":
                if value.get("encoding") != "base64":
                    raise Answer(400, "file content must be base64")
                content = base64.b64decode(value["content"])
                files[value["path"]] = Blob(content, False)
            elif key == "lfsFile":
                data = self.lfs.get(value["oid"])
                if data is None or len(data) != int(value["size"]):
                    raise Answer(422, f"LFS object {value['oid']} was not uploaded")
                files[value["path"]] = Blob(data, True)
            elif key == "deletedFile":
                if files.pop(value["path"], None) is None:
                    raise Answer(404, "A file with this name doesn't exist", "EntryNotFound")
            elif key == "deletedFolder":
                prefix = value["path"].rstrip("/") + "/"
                files = {p: b for p, b in files.items() if not p.startswith(prefix)}
            else:
                raise Answer(400, f"unknown commit operation {key!r}")
        commit = self._new_commit(repo, files, header.get("summary") or "update")
        return {"success": True, "commitOid": commit.sha, "pullRequestUrl": None,
                "commitUrl": f"{self.url}/{repo.id}/commit/{commit.sha}",
                "commitMessage": commit.title}  # fmt: skip

    def resolve(self, repo: Repo, user: str | None, revision: str, path: str):
        """(status, headers, content) of a file; LFS files redirect to their object."""
        if repo.gated and user not in repo.granted:
            message = f"Access to model {repo.id} is restricted. You must have access to it."
            raise Answer(403 if user else 401, message, "GatedRepo")
        commit = self.revision(repo, revision)
        blob = commit.files.get(path)
        if blob is None:
            raise Answer(404, "Entry not found", "EntryNotFound")
        headers = {"X-Repo-Commit": commit.sha}
        if blob.lfs:
            headers["X-Linked-Etag"] = f'"{blob.sha256}"'
            headers["X-Linked-Size"] = str(len(blob.content))
            headers["ETag"] = f'"{blob.entry(path)["oid"]}"'
            headers["Location"] = f"{self.storage_url}/lfs-objects/{blob.sha256}?path={path}"
            return 302, headers, b""
        return 200, headers | {"ETag": f'"{git_blob_id(blob.content)}"'}, blob.content


def _is_lfs(path: str, size: int) -> bool:
    name = path.rsplit("/", 1)[-1]
    return size > LFS_THRESHOLD or any(fnmatch.fnmatch(name, p) for p in LFS_PATTERNS)


def _front_matter(text: str) -> dict | None:
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    return yaml.safe_load(text[4:end]) if end > 0 else None


def _repo_path(parts: list[str]) -> tuple[str, list[str]]:
    """`<ns>/<name>/rest...` -> ("<ns>/<name>", rest)."""
    return "/".join(parts[:2]), parts[2:]


def _handler_for(standin: HubStandin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *args) -> None:  # the request log is standin.requests
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self.handle_any("GET")

        def do_HEAD(self) -> None:  # noqa: N802
            self.handle_any("HEAD")

        def do_POST(self) -> None:  # noqa: N802
            self.handle_any("POST")

        def do_PUT(self) -> None:  # noqa: N802
            self.handle_any("PUT")

        def handle_any(self, method: str) -> None:
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            query = {key: values[-1] for key, values in parse_qs(url.query).items()}
            try:
                with standin._lock:
                    status, headers, payload = self.route(method, url.path, query, body)
            except Answer as error:
                status, payload = error.status, json.dumps({"error": error.message}).encode()
                headers = {"X-Error-Message": error.message, "Content-Type": "application/json"}
                if error.code:
                    headers["X-Error-Code"] = error.code
            standin.requests.append(Seen(method, url.path, status, self.headers.get("Range")))
            self.send(method, status, headers, payload)

        def send(self, method: str, status: int, headers: dict, payload: bytes) -> None:
            start, end = 0, len(payload)
            wanted = self.headers.get("Range", "")
            if status == 200 and wanted.startswith("bytes=") and payload:
                first, _, last = wanted[6:].partition("-")
                start, end = int(first or 0), int(last) + 1 if last else len(payload)
                status = 206
                headers["Content-Range"] = f"bytes {start}-{end - 1}/{len(payload)}"
            cut = headers.pop("_cut", None)
            self.send_response(status)
            headers.setdefault("Content-Type", "application/octet-stream")
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(end - start))
            self.end_headers()
            if method == "HEAD":
                return
            if cut is not None:
                self.wfile.write(payload[start : start + cut])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self.wfile.write(payload[start:end])

        def route(self, method: str, path: str, query: dict, body: bytes) -> tuple:
            user = standin.user(self.headers.get("Authorization"))
            parts = [unquote(p) for p in path.strip("/").split("/")]
            as_json = {"Content-Type": "application/json"}

            def answer(data, status: int = 200) -> tuple:
                return status, dict(as_json), json.dumps(data).encode()

            if parts == ["api", "whoami-v2"] and method == "GET":
                return answer(standin.whoami(user))
            if parts == ["api", "repos", "create"] and method == "POST":
                status, data = standin.create_repo(user, json.loads(body))
                return answer(data, status)
            if parts == ["api", "validate-yaml"] and method == "POST":
                try:
                    _front_matter(json.loads(body)["content"])
                except yaml.YAMLError as error:
                    return answer({"errors": [{"message": str(error)}], "warnings": []}, 400)
                return answer({"errors": [], "warnings": []})
            if parts[:2] == ["api", "models"] and len(parts) >= 4:
                return self.api_model(method, parts[2:], user, query, body, answer)
            if parts[:1] == ["lfs-objects"] and len(parts) == 2:
                if method == "PUT":
                    standin.lfs_put(parts[1], body)
                    return answer({})
                data = standin.lfs.get(parts[1])
                if data is None:
                    raise Answer(404, "no such object")
                if standin.storage_down:
                    raise Answer(503, "Service Unavailable")
                headers = {"ETag": f'"{parts[1]}"'}
                cut = standin.cut_next_download.pop(query.get("path", ""), None)
                if cut is not None and method == "GET":
                    headers["_cut"] = cut
                    standin.storage_down = standin.down_after_cut
                return 200, headers, data
            if len(parts) >= 5 and parts[1].endswith(".git") and parts[2:4] == ["info", "lfs"]:
                repo = standin.writable(f"{parts[0]}/{parts[1][:-4]}", user)
                if parts[4:] == ["objects", "batch"]:
                    data = standin.lfs_batch(repo, json.loads(body))
                    headers = {"Content-Type": "application/vnd.git-lfs+json"}
                    return 200, headers, json.dumps(data).encode()
                if parts[4:] == ["objects", "verify"]:
                    item = json.loads(body)
                    if item["oid"] not in standin.lfs:
                        raise Answer(404, "object not uploaded")
                    return answer({})
            if len(parts) >= 5 and parts[2] == "resolve" and method in ("GET", "HEAD"):
                repo_id, rest = _repo_path(parts)
                repo = standin.readable(repo_id, user)
                return standin.resolve(repo, user, rest[1], "/".join(rest[2:]))
            raise Answer(404, f"no route for {method} {path}")

        def api_model(self, method, parts, user, query, body, answer) -> tuple:
            repo_id, rest = _repo_path(parts)
            if method == "GET" and (not rest or rest[0] == "revision"):
                repo = standin.readable(repo_id, user)
                commit = standin.revision(repo, rest[1] if rest else "main")
                blobs = query.get("blobs", "").lower() == "true"
                return answer(standin.model_info(repo, commit, blobs))
            if method == "GET" and rest[:1] == ["refs"]:
                repo = standin.readable(repo_id, user)
                branches = [{"name": n, "ref": f"refs/heads/{n}", "targetCommit": sha}
                            for n, sha in repo.branches.items()]  # fmt: skip
                return answer({"branches": branches, "converts": [], "tags": [],
                               "pullRequests": []})  # fmt: skip
            if method == "GET" and rest[:1] == ["tree"] and len(rest) >= 2:
                repo = standin.readable(repo_id, user)
                commit = standin.revision(repo, rest[1])
                prefix = "/".join(rest[2:])
                entries = [blob.entry(p) for p, blob in sorted(commit.files.items())
                           if not prefix or p.startswith(prefix.rstrip("/") + "/")]  # fmt: skip
                if prefix and not entries:
                    raise Answer(404, f"{prefix} does not exist", "EntryNotFound")
                return answer(entries)
            if method == "POST" and rest[:1] == ["preupload"] and len(rest) == 2:
                repo = standin.writable(repo_id, user)
                return answer(standin.preupload(repo, standin.revision(repo, rest[1]),
                                                json.loads(body)))  # fmt: skip
            if method == "POST" and rest[:1] == ["commit"] and len(rest) == 2:
                repo = standin.writable(repo_id, user)
                return answer(standin.commit(repo, rest[1], body))
            raise Answer(404, f"no route for {method} /api/models/{'/'.join(parts)}")

    return Handler

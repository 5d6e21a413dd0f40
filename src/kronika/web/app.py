"""`kronika serve`: a REST API over the event store and a page to explore it.

Article text is untrusted: the API returns it as JSON and the page only ever
puts it into the document as text (never as HTML). Query parameters reach
SQL as parameters through kronika.store. Request bodies are size-limited.
"""

from __future__ import annotations

import hmac
import threading
from datetime import datetime
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kronika.model import Extraction

STATIC = Path(__file__).parent / "static"
MAX_BODY_BYTES = 512 * 1024  # a long article is ~50 KB; anything this big is not an article
MAX_ARTICLE_CHARS = 50_000  # per pasted article: several times a long news article, a few seconds of coding at most
MAX_LIMIT = 5000
MAX_OFFSET = 10**9
MAX_INGEST_ARTICLES = 100  # per /api/ingest request
EXTRACT_SLOTS = 2  # articles coded at once: more requests wait their turn, the API stays free for the rest
EXTRACT_WAIT_SECONDS = 10  # then a request is told to come back (503)
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
REQUEST_LOCK_WAIT = 5.0  # seconds a request waits for an ingest's batch to be written, then 503


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS, description="The article, plain text.")
    published: datetime | None = Field(default=None, description="Publication time (ISO 8601).")
    lang: str | None = Field(default=None, max_length=8, description="Language code; detected when omitted.")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)


class Filters(BaseModel):
    actor: str | None = None
    country: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    text: str | None = None
    place: str | None = None
    near: str | None = None

    def as_kwargs(self) -> dict:
        return self.model_dump()


class BodySizeLimit:
    """Answers 413 to a request body over `limit` bytes, whether it declares its
    length or streams it in chunks (then it is counted as it arrives)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await self.too_large(scope, receive, send)
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise BodyTooLarge(self.limit)  # an HTTPException, so FastAPI answers 413 itself
            return message

        try:
            await self.app(scope, counted, send)
        except BodyTooLarge:
            await self.too_large(scope, receive, send)

    async def too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse({"detail": BodyTooLarge(self.limit).detail}, status_code=413)
        await response(scope, receive, send)


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"request body larger than {limit} bytes")


def filters(
    actor: Annotated[str | None, Query(max_length=200)] = None,
    country: Annotated[str | None, Query(max_length=3, pattern="^[A-Za-z]{3}$")] = None,
    type: Annotated[str | None, Query(max_length=20, pattern="^[A-Za-z]+$")] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10, description="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10, description="YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    text: Annotated[str | None, Query(max_length=500)] = None,
    place: Annotated[str | None, Query(max_length=3, pattern="^[A-Za-z]{3}$",
                                       description="ISO alpha-3 of the country the event happened in")] = None,
    near: Annotated[str | None, Query(max_length=60, description="LAT,LON or LAT,LON,KM (default 50 km): events whose place lies within")] = None,
) -> Filters:
    from kronika.store import FilterError, check_filters

    found = Filters(actor=actor, country=country, type=type, date_from=date_from, date_to=date_to, outlet=outlet, text=text,
                    place=place, near=near)
    try:
        check_filters(**found.as_kwargs())
    except FilterError as error:  # an impossible day, an unknown code: the client's mistake, said as such
        raise HTTPException(status_code=400, detail=str(error).replace("--from", "from").replace("--to", "to")
                            .replace("--country", "country").replace("--type", "type")
                            .replace("--place", "place").replace("--near", "near")) from None
    return found


def create_app(db: Path, allow_ingest: bool = False, token: str | None = None,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app over one store. Ingest (the only write) is off unless allowed, and then needs the token.
    `allowed_hosts`: the Host header values answered (`kronika serve` gives the names of the address
    it binds, so that a page on another site cannot reach it by DNS rebinding); None answers any."""
    from kronika.store import SharedStore, StoreError, ingest_articles, open_store

    if allow_ingest and not token:
        raise ValueError("--allow-ingest needs a --token (or KRONIKA_TOKEN) so that only you can write")
    if allow_ingest and Path(db).is_dir():
        raise ValueError(f"{db} is a Parquet dataset, which is read-only: ingest needs a DuckDB store")
    # Checked (and an older schema upgraded) now, so that a bad store is one line at start; then
    # closed: every request opens the store for itself, so `kronika ingest` can write between requests.
    open_store(db, read_only=not allow_ingest).close()  # StoreError says clearly what is wrong
    lock = threading.Lock()  # one writer at a time in this server

    # No /docs or /redoc: they load their scripts from a CDN, which the page's CSP (rightly) blocks
    # and which an offline user cannot reach. The OpenAPI spec is served at /openapi.json.
    app = FastAPI(title="Kronika", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Political events coded from news articles: who did what to whom, when, and according to whom. "
                              "Lists are paged with limit and offset; the X-Total-Count header gives the total.")

    app.add_middleware(BodySizeLimit, limit=MAX_BODY_BYTES)
    if allowed_hosts is not None:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    slots = threading.BoundedSemaphore(EXTRACT_SLOTS)

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> JSONResponse:
        # a bad query parameter is 400 (Bad Request); a body that is no article stays 422
        status = 400 if request.method == "GET" else 422
        detail = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in error.errors()]
        return JSONResponse({"detail": detail}, status_code=status)

    @app.exception_handler(StoreError)
    async def store_busy(request: Request, error: StoreError) -> JSONResponse:
        # an ingest writing a long batch, or another program holding the file: come back shortly
        return JSONResponse({"detail": str(error)}, status_code=503, headers={"Retry-After": "2"})

    def cursor():
        # The store opened for this request alone and closed after it: DuckDB lets one process write
        # a file or several read it, so a server that kept it open would keep `kronika ingest` out.
        handle = open_store(db, read_only=not allow_ingest, wait=REQUEST_LOCK_WAIT)
        try:
            yield handle
        finally:
            handle.close()

    from kronika import store

    def paged(response: Response, total: int, limit: int, offset: int) -> None:
        response.headers["X-Total-Count"] = str(total)
        response.headers["X-Limit"], response.headers["X-Offset"] = str(limit), str(offset)

    @app.get("/api/events", summary="Event records matching the filters (X-Total-Count: how many match)")
    def events(response: Response, f: Filters = Depends(filters), con=Depends(cursor),
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 500,
               offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> list[dict]:
        paged(response, store.count_events(con, **f.as_kwargs()), limit, offset)
        return store.query_events(con, limit=limit, offset=offset, **f.as_kwargs())

    @app.get("/api/stories", summary="Stories: the same event across articles, with sources counted (X-Total-Count: how many match)")
    def stories(response: Response, f: Filters = Depends(filters), con=Depends(cursor),
                limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 500,
                offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> list[dict]:
        paged(response, store.count_stories(con, **f.as_kwargs()), limit, offset)
        return store.query_stories(con, limit=limit, offset=offset, **f.as_kwargs())

    @app.get("/api/actors", summary="Actors with their event counts")
    def actors(con=Depends(cursor)) -> list[dict]:
        return store.list_actors(con)

    @app.get("/api/network", summary="Actor network: nodes and actor→recipient edges with counts by type")
    def network(f: Filters = Depends(filters), con=Depends(cursor)) -> dict:
        return store.actor_network(con, **f.as_kwargs())

    @app.get("/api/stats", summary="Documents, events and stories in the store")
    def stats(con=Depends(cursor)) -> dict:
        return store.counts(con)

    @app.post("/extract", summary="Code a pasted article without storing it")
    def extract(article: ArticleIn) -> Extraction:
        from kronika.lang import UnknownLanguage
        from kronika.pipeline import extract_text
        from kronika.read import ReadError

        if not slots.acquire(timeout=EXTRACT_WAIT_SECONDS):
            raise HTTPException(status_code=503, detail="busy coding other articles: try again in a moment",
                                headers={"Retry-After": "5"})
        try:
            return extract_text(article.text, published=article.published, lang=article.lang, title=article.title,
                                url=article.url, outlet=article.outlet)
        except (ReadError, UnknownLanguage) as error:
            raise HTTPException(status_code=422, detail=str(error)) from None
        finally:
            slots.release()

    @app.post("/api/ingest", summary="Code and store articles (off unless the server allows it; needs the token)")
    def ingest(articles: list[ArticleIn], authorization: Annotated[str | None, Header()] = None) -> dict:
        if not allow_ingest:
            raise HTTPException(status_code=403, detail="ingest is off on this server (start it with --allow-ingest --token T)")
        if not authorization or not hmac.compare_digest(authorization, f"Bearer {token}"):
            raise HTTPException(status_code=401, detail="a valid 'Authorization: Bearer <token>' header is needed")
        from kronika.read import ReadError, parse_text
        from kronika.sources import Skipped

        if len(articles) > MAX_INGEST_ARTICLES:
            raise HTTPException(status_code=413, detail=f"at most {MAX_INGEST_ARTICLES} articles per request")
        parsed = []
        for number, a in enumerate(articles):  # a bad article is skipped with its reason; the good ones are stored
            try:
                article = parse_text(a.text, published=a.published, lang=a.lang, title=a.title, url=a.url, outlet=a.outlet)
                article.source = f"article {number}"
                parsed.append(article)
            except ReadError as error:
                parsed.append(Skipped(f"article {number}", str(error)))
        with lock, SharedStore(db).writer() as store:  # StoreError (503) while a `kronika ingest` writes
            summary = ingest_articles(store, parsed)
        return {"read": summary.read, "coded": summary.coded, "duplicates": summary.duplicates, "events": summary.events,
                "skipped": [{"source": s, "reason": r} for s, r in summary.skipped]}

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    return app

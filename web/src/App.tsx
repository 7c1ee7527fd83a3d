import { lazy, Suspense, useEffect, useState } from "react";
import { savedToken, signIn, signOut, type Session } from "./session.js";
import { pagesFor, may } from "./roles.js";
import { go, useRoute } from "./route.js";
import { SignIn } from "./pages/SignIn.js";
import { ErrorBoundary } from "./components/ErrorBoundary.js";

const PAGES = {
  plans: lazy(() => import("./pages/Plans.js")),
  workbench: lazy(() => import("./pages/Workbench.js")),
  compare: lazy(() => import("./pages/Compare.js")),
  memo: lazy(() => import("./pages/Memo.js")),
  reader: lazy(() => import("./pages/Reader.js")),
  register: lazy(() => import("./pages/Register.js")),
} as const;

export function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(() => savedToken() !== null);
  const route = useRoute();

  // The moment the first page took input, read by the browser tests (issue 12: within 1 s).
  useEffect(() => void performance.mark("rightsplan:interactive"), []);
  useEffect(() => {
    const token = savedToken();
    if (token) signIn(token).then(setSession, () => signOut()).finally(() => setRestoring(false));
  }, []);

  // A page opened (signing in, a link in the menu, the back button): the keyboard's focus goes to
  // the page (main) and the window's title names it, so a screen reader says where the user is;
  // after signing in the focus was left on the page's body, and the title never changed (web3).
  const shownPage = session ? (pagesFor(session.role).find((p) => p.path === route[0]) ?? pagesFor(session.role)[0]) : null;
  useEffect(() => {
    document.title = shownPage ? `${shownPage.label} · rightsplan workbench` : "rightsplan workbench";
    if (shownPage) document.getElementById("main")?.focus();
  }, [shownPage?.label]);

  if (restoring) return <p className="loading">Signing in…</p>;
  if (!session) return <SignIn onSignedIn={setSession} />;

  const pages = pagesFor(session.role);
  const current = shownPage!;
  const Page = PAGES[current.path as keyof typeof PAGES];
  return (
    <>
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <span className="brand">rightsplan workbench</span>
        <nav aria-label="Pages">
          {pages.map((p) => (
            <a key={p.path} href={`#/${p.path}`} aria-current={p === current ? "page" : undefined}>
              {p.label}
            </a>
          ))}
        </nav>
        <span className="who">
          {session.name} · <span data-testid="role">{session.role}</span>
          <button type="button" className="link" onClick={() => { signOut(); setSession(null); go(""); }}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={current.path}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <Page args={route.slice(1)} session={session} may={(c) => may(session.role, c)} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}

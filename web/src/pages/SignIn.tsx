import { useState, type FormEvent } from "react";
import { signIn, type Session } from "../session.js";
import { Problem } from "../components/Problem.js";

/** Sign in with an API token (the server prints the first admin token when it first starts). */
export function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const [token, setToken] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(token.trim()));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="signin">
      <h1>rightsplan workbench</h1>
      <p>A shareholder rights plan, made executable: plans, scenarios, memos, the reader and the Rights Agent's register.</p>
      <form onSubmit={submit}>
        <label htmlFor="token">API token</label>
        <input id="token" type="password" autoComplete="current-password" value={token} onChange={(e) => setToken(e.target.value)} required />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <Problem error={error} />
      <p className="hint">An administrator makes tokens for each role (admin, agent, issuer, analyst, viewer, holder).</p>
    </main>
  );
}

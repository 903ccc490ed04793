import { useState, type FormEvent } from 'react';
import { signIn } from '../auth.ts';
import { useSession } from './App.tsx';

/** E-mail and password, checked by the user pool through Amplify (SRP). */
export function SignInForm({ onSignedIn, compact = false }: { onSignedIn?: () => void; compact?: boolean }) {
  const { setUser } = useSession();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      setUser(await signIn(String(form.get('email')), String(form.get('password'))));
      onSignedIn?.();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={compact ? 'signin compact' : 'signin card'} onSubmit={submit} aria-label="Sign in">
      {!compact && <h1>Sign in</h1>}
      <label>
        E-mail
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={busy}>
        Sign in
      </button>
      {error && <p role="alert">{error}</p>}
      {!compact && <p className="hint">Locally, the demo users `npm start` lists sign in here.</p>}
    </form>
  );
}

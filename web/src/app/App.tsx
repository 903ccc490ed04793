import { createContext, useContext, useEffect, useState } from 'react';
import { currentUser, signOut, type SignedInUser } from '../auth.ts';
import { Home } from './Home.tsx';
import { ShopPage } from './ShopPage.tsx';
import { WatchPage } from './WatchPage.tsx';
import { CreatorPage } from './CreatorPage.tsx';
import { SignInForm } from './SignInForm.tsx';

/** The signed-in user (undefined: nobody) and how to change it. */
export const Session = createContext<{ user?: SignedInUser; setUser: (user?: SignedInUser) => void }>({ setUser: () => {} });
export const useSession = () => useContext(Session);

/** Pages by hash (`#/live/<id>`), so every path but `/` stays the API's. */
function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const changed = () => {
      setRoute(read());
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

export function App() {
  const [user, setUser] = useState<SignedInUser | undefined>();
  const [checked, setChecked] = useState(false);
  const [page, id] = useRoute();
  useEffect(() => {
    currentUser().then(
      (u) => {
        setUser(u);
        setChecked(true);
      },
      () => setChecked(true),
    );
  }, []);

  return (
    <Session.Provider value={{ user, setUser }}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="bar">
        <a className="brand" href="#/">
          Videoshops
        </a>
        <nav aria-label="Main">
          <a href="#/">Live now</a>
          {user?.groups.includes('creators') && <a href="#/creator">Creator studio</a>}
        </nav>
        <div className="who">
          {user ? (
            <>
              <span aria-label="Signed in as">{user.email}</span>
              <button type="button" onClick={() => signOut().then(() => setUser(undefined))}>
                Sign out
              </button>
            </>
          ) : (
            <a href="#/signin">Sign in</a>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {!checked ? (
          <p role="status">Loading…</p>
        ) : page === 'shop' && id ? (
          <ShopPage slug={id} />
        ) : page === 'live' && id ? (
          <WatchPage streamId={id} />
        ) : page === 'creator' ? (
          <CreatorPage />
        ) : page === 'signin' ? (
          <SignInForm onSignedIn={() => (window.location.hash = '#/')} />
        ) : (
          <Home />
        )}
      </main>
    </Session.Provider>
  );
}

import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
createRoot(document.getElementById('root')!).render(<GraphiQL fetcher={async () => ({ data: null })} />);

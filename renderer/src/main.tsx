import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { api } from './api/client';
import { queryClient } from './api/hooks';
import { initI18n } from './i18n';
import { App } from './app/App';
import './styles.css';

async function boot(): Promise<void> {
  // Start in the desk's language so the first screen never flashes in the wrong one.
  const language = await api
    .call('session.get')
    .then((s) => s.language)
    .catch(() => 'nl' as const);
  await initI18n(language);
  document.documentElement.lang = language;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void boot();

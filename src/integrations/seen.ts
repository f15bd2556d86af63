/** Registers client:seen (seen-directive.ts) for the site's islands. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function seen(): AstroIntegration {
  return {
    name: 'client-seen',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'seen',
          // A path, not a URL: Astro hands it to esbuild, which resolves file paths only.
          entrypoint: fileURLToPath(new URL('./seen-directive.ts', import.meta.url)),
        });
      },
    },
  };
}

// So that `client:seen` type-checks on a component in an .astro file.
declare module 'astro' {
  interface AstroClientDirectives {
    'client:seen'?: boolean;
  }
}

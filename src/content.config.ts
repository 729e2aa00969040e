import { defineCollection } from 'astro:content';
import { handbookLoader, mdxLoader } from './content/loaders.ts';

export const collections = {
  handbook: defineCollection({ loader: handbookLoader() }),
  cases: defineCollection({ loader: mdxLoader('cases') }),
  guides: defineCollection({ loader: mdxLoader('guides') }),
};

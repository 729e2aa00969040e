import { defineCollection } from 'astro:content';
import { configLoader, mdxLoader, yamlLoader } from './content/loaders.ts';

export const collections = {
  handbook: defineCollection({ loader: configLoader() }),
  touchpoints: defineCollection({ loader: yamlLoader('touchpoints') }),
  sops: defineCollection({ loader: yamlLoader('sops') }),
  checklists: defineCollection({ loader: yamlLoader('checklists') }),
  cases: defineCollection({ loader: mdxLoader('cases') }),
  guides: defineCollection({ loader: mdxLoader('guides') }),
};

/// <reference types="astro/client" />
/// <reference types="sitevar-docs/types" />

// repack's own version (kept equal to package.json's by a test) and the Packer version whose template language and
// behaviour it follows (hashicorp/packer's version/VERSION at the release read): `packer.version`, `repack version`
// and `required_version` constraints see the latter.
export const REPACK_VERSION = '0.1.0';
export const PACKER_COMPAT_VERSION = '1.16.0';

// The data sources repack has built in, by type.
import type { DataSourceType } from '../config/registry.js';
import type { DataSourcePlugin } from '../config/data-source.js';
import { gitCommitDataSource, gitRepositoryDataSource, gitTreeDataSource } from './git.js';
import { httpDataSource } from './http.js';
import { nullDataSource } from './null.js';

export const DATA_SOURCES: Record<DataSourceType, DataSourcePlugin> = {
  null: nullDataSource,
  http: httpDataSource,
  'git-commit': gitCommitDataSource,
  'git-repository': gitRepositoryDataSource,
  'git-tree': gitTreeDataSource,
};

export type { DataSourcePlugin } from '../config/data-source.js';

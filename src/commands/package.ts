import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataFileValues, type PackageModel } from '../model';
import { hashInputs, makeZip, packageZipName, sha256Hex, signedPackageContents, type PackageMeta, type SigningKey } from '../package';
import { archivePackage, writeFileAtomic } from '../archive';
import { gitSource } from '../load';
import type { RenderedDocument } from './documents';

/** Where the package went and what the archive did with it. */
export interface WrittenPackage {
  zipPath: string;
  bytes: number;
  files: number;
  sha256: string;
  archive: { status: 'stored' | 'unchanged' | 'revision'; dir: string };
  /** What the manifest records besides the files; recipient editions of this package share it. */
  meta: PackageMeta;
}

interface WriteOptions {
  contentDir: string;
  outDir: string;
  revision: boolean;
  date: Date;
  toolVersion: string;
  /** Sign SHA256SUMS with this key (SHA256SUMS.sig); the key itself goes nowhere near the package or its inputs hash. */
  signingKey?: SigningKey;
}

/** Machine-readable copies of the controls, subprocessors and section texts, for recipients and their tools. */
export function dataFiles(model: PackageModel): { path: string; bytes: Buffer }[] {
  return dataFileValues(model).map(({ path, value }) => ({ path, bytes: Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8') }));
}

/** Every file the package is built from: all of the content folder, and the assets it uses. */
export function inputFiles(model: PackageModel, contentDir: string): { path: string; bytes: Buffer }[] {
  const { root, config } = model.content;
  const paths = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) paths.add(abs);
    }
  };
  walk(path.resolve(contentDir));
  const assets = [config.brand.logo, ...Object.values(config.brand.fonts ?? {}), config.signing?.publicKey, ...model.images];
  for (const asset of assets) if (asset) paths.add(path.resolve(root, asset));
  return [...paths].map((abs) => ({ path: path.relative(root, abs).split(path.sep).join('/'), bytes: readFileSync(abs) }));
}

/** Zips the documents and data with a manifest and checksums, archives the package, then writes the zip to out/. */
export async function writePackage(model: PackageModel, documents: readonly RenderedDocument[], options: WriteOptions): Promise<WrittenPackage> {
  const { config, root } = model.content;
  const files = [...documents.map((d) => ({ path: d.path, bytes: d.bytes, pages: d.pages })), ...dataFiles(model)];
  const meta: PackageMeta = {
    tool: { name: 'trust-package', version: options.toolVersion },
    company: config.company.name,
    securityContact: config.company.securityContact,
    reviewDate: config.document.reviewDate,
    source: gitSource(root),
    inputsSha256: hashInputs(inputFiles(model, options.contentDir)),
  };
  const { entries } = signedPackageContents(files, meta, options.signingKey);
  const zip = await makeZip(entries, options.date);
  const zipName = packageZipName(config.company.name, config.document.reviewDate);
  const archiveDir = path.resolve(root, config.archive.dir);
  const archive = await archivePackage({
    archiveDir,
    reviewDate: config.document.reviewDate,
    zipName,
    zip,
    files: entries,
    allowRevision: options.revision,
  });
  const zipPath = path.join(options.outDir, zipName);
  mkdirSync(options.outDir, { recursive: true });
  await writeFileAtomic(zipPath, zip);
  return { zipPath, bytes: zip.length, files: entries.length, sha256: sha256Hex(zip), archive, meta };
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { dataFileValues, type PackageModel } from '../model';
import { hashInputs, makeZip, packageZipName, sha256Hex, signedPackageContents, type PackageMeta, type SigningKey } from '../package';
import { archivePackage, checkArchiveLocation, removeStaleStaging, writeError, writeFileAtomic } from '../archive';
import { contentInputs, gitSource, inspectProjectFile, readProjectFile } from '../load';
import type { RenderedDocument } from './documents';

/** Where the package went and what the archive did with it. */
export interface WrittenPackage {
  zipPath: string;
  /** The documents, also written beside the zip so they can be opened without unzipping. */
  pdfPaths: string[];
  bytes: number;
  files: number;
  sha256: string;
  /** Absent for a draft, which is never archived. */
  archive?: { status: 'stored' | 'unchanged' | 'revision'; dir: string };
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
  /** A draft: marked so in the manifest, written to outDir only, never archived. */
  draft?: boolean;
}

/** Machine-readable copies of the controls, subprocessors and section texts, for recipients and their tools. */
export function dataFiles(model: PackageModel): { path: string; bytes: Buffer }[] {
  return dataFileValues(model).map(({ path, value }) => ({ path, bytes: Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8') }));
}

/**
 * Every file the package is built from: the content files the loader reads (not the ones it ignores),
 * and the assets the content uses, each read through the same project-root check as the loader.
 */
export function inputFiles(model: PackageModel, contentDir: string): { path: string; bytes: Buffer }[] {
  const { root, config } = model.content;
  const paths = new Set<string>(contentInputs(path.resolve(contentDir)).filter((abs) => inspectProjectFile(root, abs).kind === 'file'));
  const assets = [config.brand.logo, ...Object.values(config.brand.fonts ?? {}), config.signing?.publicKey, ...model.images];
  for (const asset of assets) if (asset) paths.add(path.resolve(root, asset));
  return [...paths].map((abs) => ({ path: path.relative(root, abs).split(path.sep).join('/'), bytes: readProjectFile(root, abs) }));
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
    ...(options.draft ? { draft: true as const } : {}),
  };
  const { entries } = signedPackageContents(files, meta, options.signingKey);
  const built = await makeZip(entries, options.date);
  const zipName = packageZipName(config.company.name, config.document.reviewDate);
  const archiveDir = options.draft ? undefined : checkArchiveLocation(root, config.archive.dir, options.outDir);
  // A build killed on the way leaves its staging behind; the next build sweeps it up.
  for (const dir of [archiveDir, options.outDir]) if (dir !== undefined) removeStaleStaging(dir);
  const archived =
    archiveDir === undefined
      ? undefined
      : await archivePackage({
          archiveDir,
          reviewDate: config.document.reviewDate,
          zipName,
          zip: built,
          files: entries,
          allowRevision: options.revision,
        }).catch((error: unknown) => writeError(error, `the archive in ${archiveDir}`));
  // What goes to out/ is the archived zip: when the archive already held these documents, its older
  // bytes (an earlier commit in manifest.json), so the file sent is the file the archive proves.
  const zip = archived?.zip ?? built;
  const zipPath = path.join(options.outDir, zipName);
  const pdfPaths: string[] = [];
  try {
    mkdirSync(options.outDir, { recursive: true });
    await writeFileAtomic(zipPath, zip);
    for (const doc of documents) {
      const pdfPath = path.join(options.outDir, doc.path);
      await writeFileAtomic(pdfPath, doc.bytes);
      pdfPaths.push(pdfPath);
    }
  } catch (error) {
    writeError(error, `the package to ${options.outDir}`);
  }
  const archive = archived && { status: archived.status, dir: archived.dir };
  return { zipPath, pdfPaths, bytes: zip.length, files: entries.length, sha256: sha256Hex(zip), ...(archive ? { archive } : {}), meta };
}

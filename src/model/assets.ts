import type { ImageAsset } from '../load/assets';

export type { ImageAsset };

/** The images of a package: the logo, and every image the Markdown shows, by project-relative path. */
export interface Assets {
  logo?: ImageAsset;
  images: ReadonlyMap<string, ImageAsset>;
}

/** An image as the documents use it: SVG markup, or the bytes of a PNG or JPEG. */
export type ImageAsset = { kind: 'svg'; svg: string } | { kind: 'raster'; format: 'png' | 'jpeg'; bytes: Buffer };

/** The images of a package: the logo, and every image the Markdown shows, by project-relative path. */
export interface Assets {
  logo?: ImageAsset;
  images: ReadonlyMap<string, ImageAsset>;
}

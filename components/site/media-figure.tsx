import Image from 'next/image';

import type { ImageRef } from '@/db/queries/articles';

/** An image from the media library with its caption and credit, as articles and Navnenyt entries show it. */
export function MediaFigure({
  image,
  alt = image.alt,
  sizes,
  className,
  preload = false,
}: {
  image: ImageRef;
  /** Defaults to the image's own alt text. */
  alt?: string;
  sizes: string;
  className?: string;
  preload?: boolean;
}) {
  return (
    <figure className={className}>
      <Image
        src={image.src}
        width={image.width}
        height={image.height}
        alt={alt}
        sizes={sizes}
        className="h-auto w-full bg-neutral-200"
        preload={preload}
      />
      {image.caption || image.credit ? (
        <figcaption className="mt-2 text-sm text-muted">
          {image.caption} {image.credit ? <span className="whitespace-nowrap">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

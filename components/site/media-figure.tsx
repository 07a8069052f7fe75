import Image from 'next/image';

import type { ImageRef } from '@/db/queries/teasers';
import type { CropName } from '@/domain/media/crops';

/** An image from the media library with its caption and credit, as articles and Navnenyt entries show it. */
export function MediaFigure({
  image,
  crop,
  alt = image.alt,
  sizes,
  className,
  preload = false,
}: {
  image: ImageRef;
  /** One of the focal-point crops instead of the whole image. */
  crop?: CropName;
  /** Defaults to the image's own alt text. */
  alt?: string;
  sizes: string;
  className?: string;
  preload?: boolean;
}) {
  const shown = crop ? image.crops[crop] : image;
  return (
    <figure className={className}>
      <Image
        src={shown.src}
        width={shown.width}
        height={shown.height}
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

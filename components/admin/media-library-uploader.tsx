'use client';

import { useRouter } from 'next/navigation';

import { MediaUploader } from './media-uploader';

/** The library's uploader: each finished upload refreshes the grid below it. */
export function MediaLibraryUploader() {
  const router = useRouter();
  return <MediaUploader onUploaded={() => router.refresh()} />;
}

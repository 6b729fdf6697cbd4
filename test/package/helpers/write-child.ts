// Replaces a file with a large one through writeFileAtomic, so a test can SIGKILL this process part-way.
// Arguments: <path> <megabytes>.
import { writeFileAtomic } from '../../../src/archive';

const [path, megabytes] = process.argv.slice(2);
writeFileAtomic(path, Buffer.alloc(Number(megabytes) * 1024 * 1024, 7)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

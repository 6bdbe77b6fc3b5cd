// SHA-256's compression function on the x86 SHA extensions, for the batch manifest's checksums.
// The Swift implementation in Batch/SHA256.swift is the definition and the fallback; this is used
// only when the processor has the instructions (tests compare the two on many inputs).
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the SHA extensions (and SSSE3, SSE4.1) this file needs, else 0.
int csha256_hardware_available(void);

/// Runs the compression function over `blocks` 64-byte blocks at `data`, updating `state`
/// (a, b, c, d, e, f, g, h). Call only when csha256_hardware_available() returned 1.
void csha256_compress_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif

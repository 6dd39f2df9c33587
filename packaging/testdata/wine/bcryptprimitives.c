/*
 * A stand-in for Windows' bcryptprimitives.dll, for Wine 8 (Debian 12)
 * only, which lacks it. Go's runtime (since Go 1.22) gets its random bytes
 * from ProcessPrng in this DLL, which every Windows 10 and 11 has. The
 * Windows test builds this with MinGW and puts it into the system folder of
 * its own Wine prefix when Wine has none; it is never shipped. ProcessPrng
 * is answered with RtlGenRandom (advapi32's SystemFunction036), Windows'
 * own generator, which Wine implements.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x10000000 ? 0x10000000 : (ULONG)size;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}

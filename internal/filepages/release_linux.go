package filepages

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// Release drops from the process's resident memory the pages of the
// program's file mapped read-only (its code and read-only data) and the
// whole pages inside each of extra, which must be data embedded in the
// program that it never writes (such as embedded fonts): a page of
// writable data dropped is read again from the file, so a change to it
// would be lost. It returns how many bytes were resident in what it
// dropped.
//
// A read-only mapping holding a page of the process's own (one written
// through a debugger's breakpoint, say) is left alone.
func Release(extra ...[]byte) (int64, error) {
	maps, err := programMappings()
	if err != nil {
		return 0, err
	}
	var released int64
	for _, m := range maps {
		if m.writable || !m.private || m.anon > 0 || m.rss == 0 {
			continue
		}
		if err := dontNeed(m.start, m.end); err != nil {
			return released, err
		}
		released += m.rss
	}
	for _, b := range extra {
		if len(b) == 0 {
			continue
		}
		start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		end := start + uintptr(len(b))
		lo, hi := pageUp(start), pageDown(end)
		if lo >= hi || !inside(maps, lo, hi) {
			continue // less than a page, or not the program's own data
		}
		n, err := residentBytes(lo, hi)
		if err != nil {
			return released, err
		}
		if err := dontNeed(lo, hi); err != nil {
			return released, err
		}
		released += n
	}
	return released, nil
}

// Resident returns how many bytes of the program's file mappings are
// resident in the process.
func Resident() (int64, error) {
	maps, err := programMappings()
	if err != nil {
		return 0, err
	}
	var n int64
	for _, m := range maps {
		n += m.rss
	}
	return n, nil
}

// mapping is a region of the process's address space mapping the program
// file, as /proc/self/smaps describes it.
type mapping struct {
	start, end        uintptr
	writable, private bool
	rss, anon         int64 // bytes resident, of which the process's own copies
}

var pageSize = uintptr(os.Getpagesize())

func pageUp(a uintptr) uintptr   { return (a + pageSize - 1) &^ (pageSize - 1) }
func pageDown(a uintptr) uintptr { return a &^ (pageSize - 1) }

// inside reports whether [lo, hi) lies within one of maps.
func inside(maps []mapping, lo, hi uintptr) bool {
	for _, m := range maps {
		if m.private && lo >= m.start && hi <= m.end {
			return true
		}
	}
	return false
}

func dontNeed(lo, hi uintptr) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_DONTNEED); errno != 0 {
		return fmt.Errorf("give back pages %#x-%#x: %w", lo, hi, errno)
	}
	return nil
}

// programMappings lists the mappings of the program's file: those of the
// same device and inode as /proc/self/exe, whatever their path, or of its
// path (on an overlay file system, as in a container, the mappings name
// the device and inode of the file beneath).
func programMappings() ([]mapping, error) {
	var st syscall.Stat_t
	if err := syscall.Stat("/proc/self/exe", &st); err != nil {
		return nil, fmt.Errorf("find the program file: %w", err)
	}
	path, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return nil, fmt.Errorf("find the program file: %w", err)
	}
	data, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		return nil, fmt.Errorf("read the process's mappings: %w", err)
	}
	return parseSmaps(data, program{dev: st.Dev, ino: st.Ino, path: path})
}

// program names the program file: its device, inode and path.
type program struct {
	dev, ino uint64
	path     string
}

// parseSmaps reads the mappings of the program file from the text of
// /proc/self/smaps.
func parseSmaps(data []byte, prog program) ([]mapping, error) {
	var out []mapping
	var cur *mapping
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if !strings.HasSuffix(f[0], ":") { // a mapping's first line
			cur = nil
			if len(f) < 5 {
				continue
			}
			m, ok := parseHeader(line, f, prog)
			if ok {
				out = append(out, m)
				cur = &out[len(out)-1]
			}
			continue
		}
		if cur == nil || len(f) < 2 {
			continue
		}
		kb, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			continue
		}
		switch f[0] {
		case "Rss:":
			cur.rss = kb << 10
		case "Anonymous:":
			cur.anon = kb << 10
		}
	}
	return out, sc.Err()
}

// parseHeader reads a mapping's first line, also split in fields (range,
// permissions, offset, device, inode, path), when it maps the program.
func parseHeader(line string, f []string, prog program) (mapping, bool) {
	lo, hi, ok := strings.Cut(f[0], "-")
	if !ok {
		return mapping{}, false
	}
	start, err1 := strconv.ParseUint(lo, 16, 64)
	end, err2 := strconv.ParseUint(hi, 16, 64)
	inode, err3 := strconv.ParseUint(f[4], 10, 64)
	major, minor, ok := strings.Cut(f[3], ":")
	maj, err4 := strconv.ParseUint(major, 16, 32)
	min, err5 := strconv.ParseUint(minor, 16, 32)
	if !ok || err1 != nil || err2 != nil || err3 != nil || err4 != nil || err5 != nil || len(f[1]) < 4 {
		return mapping{}, false
	}
	sameFile := inode == prog.ino && mkdev(maj, min) == prog.dev
	if !sameFile && (len(f) < 6 || !strings.HasSuffix(line, " "+prog.path)) {
		return mapping{}, false
	}
	return mapping{
		start:    uintptr(start),
		end:      uintptr(end),
		writable: f[1][1] == 'w',
		private:  f[1][3] == 'p',
	}, true
}

// mkdev is the device number of major:minor as stat reports it.
func mkdev(major, minor uint64) uint64 {
	return (major&0xfffff000)<<32 | (major&0xfff)<<8 | (minor&0xffffff00)<<12 | minor&0xff
}

// residentBytes counts the pages of [lo, hi) present in the process's
// memory, from /proc/self/pagemap (bit 63 of each page's entry).
func residentBytes(lo, hi uintptr) (int64, error) {
	f, err := os.Open("/proc/self/pagemap")
	if err != nil {
		return 0, fmt.Errorf("read the process's page map: %w", err)
	}
	defer f.Close()
	buf := make([]byte, (hi-lo)/pageSize*8)
	if _, err := f.ReadAt(buf, int64(lo/pageSize*8)); err != nil {
		return 0, fmt.Errorf("read the process's page map: %w", err)
	}
	var n int64
	for i := 0; i+8 <= len(buf); i += 8 {
		if buf[i+7]&0x80 != 0 {
			n += int64(pageSize)
		}
	}
	return n, nil
}

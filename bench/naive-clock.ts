// The baseline for the tick benchmark: what a straightforward app does, one interval per countdown.
import { useEffect, useState } from 'react'

export function useNow(): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])
  return now
}

import { Route, Routes } from 'react-router';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="*" element={<main>Chamber</main>} />
    </Routes>
  );
}
